import QtQuick
import QtQuick.Layouts
import Kiosk.ViewModels

// "Carry on on your phone": the service's online address as a QR code and in
// large text. Nothing the resident typed is in it.
Rectangle {
    id: screen
    required property OnlineViewModel viewModel
    readonly property string screenName: "online"
    color: Theme.background

    ScrollingColumn {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin / 2

        Heading {
            Layout.fillWidth: true
            text: qsTr("Carry on on your phone")
        }
        BodyText {
            Layout.fillWidth: true
            text: qsTr("Point your phone camera at the square code. Your phone opens the council's web page.")
        }
        BodyText {
            Layout.fillWidth: true
            text: qsTr("You can also type the address below.")
            color: Theme.secondaryText
        }
        ServiceAddress {
            Layout.fillWidth: true
            viewModel: screen.viewModel
        }
        Item { Layout.fillHeight: true }
        SecondaryButton {
            objectName: "onlineBackButton"
            Layout.fillWidth: true
            text: qsTr("Go back")
            onClicked: screen.viewModel.back()
        }
    }
}

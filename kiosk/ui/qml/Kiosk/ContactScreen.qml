import QtQuick
import QtQuick.Layouts
import Kiosk.ViewModels

// "Talk to someone": the contact centre's number and hours, and where a
// service offers video appointments, a QR code to book one.
Rectangle {
    id: screen
    required property ContactViewModel viewModel
    readonly property string screenName: "contact"
    color: Theme.background

    ScrollingColumn {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin / 2

        Heading {
            Layout.fillWidth: true
            text: qsTr("Talk to someone")
        }
        BodyText {
            Layout.fillWidth: true
            visible: screen.viewModel.phone !== ""
            text: qsTr("Phone the council.")
        }
        Text {
            objectName: "contactPhone"
            Layout.fillWidth: true
            visible: text !== ""
            horizontalAlignment: Text.AlignHCenter
            text: screen.viewModel.phone
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.headingSize
            font.bold: true
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        BodyText {
            objectName: "contactHours"
            Layout.fillWidth: true
            visible: screen.viewModel.hours !== ""
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Open: %1").arg(screen.viewModel.hours)
        }

        BodyText {
            Layout.fillWidth: true
            Layout.topMargin: Theme.margin
            visible: screen.viewModel.videoOffered
            text: qsTr("You can also book a video call. Point your phone camera at the square code.")
        }
        ServiceAddress {
            Layout.fillWidth: true
            visible: screen.viewModel.videoOffered
            viewModel: screen.viewModel
            chooseText: qsTr("Which service do you want a video call with?")
        }
        Item { Layout.fillHeight: true }
        SecondaryButton {
            objectName: "contactBackButton"
            Layout.fillWidth: true
            text: qsTr("Go back")
            onClicked: screen.viewModel.back()
        }
    }
}

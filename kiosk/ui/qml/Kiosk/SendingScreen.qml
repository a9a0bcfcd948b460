import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Shown for the moment it takes to make the PDF and store it on the station.
Rectangle {
    id: screen
    readonly property string screenName: "sending"
    color: Theme.background

    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        spacing: Theme.margin
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: 160
            Layout.preferredHeight: 160
            running: true
            Accessible.name: qsTr("Working")
        }
        Heading {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("We are sending your documents. Please wait…")
        }
    }
}

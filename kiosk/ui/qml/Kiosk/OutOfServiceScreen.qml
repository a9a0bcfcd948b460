import QtQuick
import QtQuick.Layouts

// Shown to residents instead of the attract screen while a champion has taken
// the station out of service; the message is the champion's own words.
Rectangle {
    id: screen
    property string message
    objectName: "outOfServiceScreen"
    color: Theme.background

    MouseArea { anchors.fill: parent; Accessible.ignored: true }  // no "touch to start"
    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        spacing: Theme.margin
        Heading {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.heroSize * 0.75
            text: qsTr("Out of service")
        }
        BodyText {
            objectName: "outOfServiceText"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.titleSize
            text: screen.message
        }
        BodyText {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            color: Theme.secondaryText
            text: qsTr("We are sorry about this.")
        }
    }
}

import QtQuick
import QtQuick.Layouts

// "Start again?" asked once more, because it deletes what the resident did.
Rectangle {
    id: overlay
    signal confirmed()
    signal dismissed()
    objectName: "startAgainConfirm"
    color: Theme.scrim

    MouseArea { anchors.fill: parent; Accessible.ignored: true }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 960)
        implicitHeight: card.implicitHeight + 2 * Theme.margin
        color: Theme.background
        radius: 8

        ColumnLayout {
            id: card
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
            anchors.margins: Theme.margin
            spacing: Theme.margin / 2

            Heading {
                Layout.fillWidth: true
                text: qsTr("Start again?")
            }
            BodyText {
                Layout.fillWidth: true
                text: qsTr("Everything you have typed and scanned will be deleted.")
            }
            BigButton {
                objectName: "confirmStartAgainButton"
                Layout.fillWidth: true
                fill: Theme.danger
                pressedFill: Theme.dangerPressed
                text: qsTr("Yes, start again")
                onClicked: overlay.confirmed()
            }
            SecondaryButton {
                objectName: "keepGoingButton"
                Layout.fillWidth: true
                text: qsTr("No, carry on")
                onClicked: overlay.dismissed()
            }
        }
    }
}

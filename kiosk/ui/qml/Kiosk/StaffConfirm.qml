import QtQuick
import QtQuick.Layouts
import Kiosk.ViewModels

// "Are you sure?" before a staff action that destroys something.
Rectangle {
    id: overlay
    required property StaffViewModel staff
    objectName: "staffConfirm"
    color: Theme.scrim
    readonly property var questions: ({
        "end_session": qsTr("End the resident's session now? What they typed and scanned will be deleted."),
        "reset_station": qsTr("Reset the station? The current session and all session data will be deleted, and the scanner and printer reconnected."),
        "cancel_jobs": qsTr("Cancel every print job waiting on this station's printer, including a resident's?"),
        "out_of_service": qsTr("Put the station out of service? Residents cannot use it until you put it back."),
        "training_on": qsTr("Start training mode? The current session ends. Until you end training, everything sent goes to the sandbox, not to the council's services."),
        "training_off": qsTr("End training mode? The practice session ends, and what residents send goes to the council's services again.")
    })

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
            Heading { Layout.fillWidth: true; text: qsTr("Are you sure?") }
            BodyText {
                objectName: "staffConfirmQuestion"
                Layout.fillWidth: true
                text: overlay.questions[overlay.staff.confirming] || ""
            }
            BigButton {
                objectName: "staffConfirmYes"
                Layout.fillWidth: true
                fill: Theme.danger
                pressedFill: Theme.dangerPressed
                textSize: Theme.titleSize
                text: qsTr("Yes, do it")
                onClicked: overlay.staff.confirm()
            }
            SecondaryButton {
                objectName: "staffConfirmNo"
                Layout.fillWidth: true
                text: qsTr("No, go back")
                onClicked: overlay.staff.dismissConfirm()
            }
        }
    }
}

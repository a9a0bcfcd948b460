import QtQuick
import QtQuick.Layouts
import Kiosk.ViewModels

// What a champion can do to the station; the destructive ones ask first.
Item {
    id: actions
    required property StaffViewModel staff
    readonly property string screenName: "staffActions"
    objectName: "staffActions"

    StaffHeader {
        id: header
        anchors { top: parent.top; left: parent.left; right: parent.right }
        staff: actions.staff
        title: qsTr("Actions")
    }
    Flickable {
        anchors { top: header.bottom; left: parent.left; right: parent.right; bottom: message.top }
        anchors.margins: Theme.margin / 2
        contentHeight: column.implicitHeight
        clip: true
        ColumnLayout {
            id: column
            width: parent.width
            spacing: Theme.margin / 4
            component ActionButton: SecondaryButton {
                property string actionId
                objectName: "action_" + actionId
                Layout.fillWidth: true
                textSize: Theme.bodySize + 4
                enabled: !actions.staff.busy
                onClicked: actions.staff.request(actionId)
            }
            ActionButton { actionId: "end_session"; text: qsTr("End the current session now") }
            ActionButton { actionId: "reset_station"; text: qsTr("Reset the station (wipe session data, reconnect scanner and printer)") }
            SecondaryButton {
                objectName: actions.staff.outOfService ? "action_in_service" : "action_out_of_service"
                Layout.fillWidth: true
                textSize: Theme.bodySize + 4
                enabled: !actions.staff.busy
                text: actions.staff.outOfService ? qsTr("Put back in service") : qsTr("Put out of service…")
                onClicked: actions.staff.outOfService ? actions.staff.request("in_service")
                                                      : actions.staff.showPage("outOfService")
            }
            SecondaryButton {
                objectName: actions.staff.trainingActive ? "action_training_off" : "action_training_on"
                Layout.fillWidth: true
                textSize: Theme.bodySize + 4
                visible: actions.staff.trainingAvailable
                enabled: !actions.staff.busy
                text: actions.staff.trainingActive ? qsTr("End training mode (back to live services)")
                                                   : qsTr("Start training mode (sends to the sandbox)")
                onClicked: actions.staff.request(actions.staff.trainingActive ? "training_off" : "training_on")
            }
            ActionButton { actionId: "test_scan"; text: qsTr("Test scan (one page, nothing kept)") }
            ActionButton { actionId: "test_print"; text: qsTr("Test print") }
            ActionButton { actionId: "cancel_jobs"; text: qsTr("Cancel stuck print jobs") }
            ActionButton { actionId: "retry_parked"; text: qsTr("Retry parked sends") }
        }
    }
    StaffMessage {
        id: message
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: Theme.margin / 2 }
        staff: actions.staff
    }
}

import QtQuick
import Kiosk.ViewModels

// Staff mode on top of everything: the hidden gesture, the PIN pad and the
// staff screens. Main.qml places it; the logic is in StaffViewModel.
Item {
    id: overlay
    required property StaffViewModel staff
    readonly property int cornerSize: Theme.minTouch * 2

    // 1. Hold the configured corner (no control of the resident's screens lives there).
    MouseArea {
        objectName: "staffHotCorner"
        width: overlay.cornerSize
        height: overlay.cornerSize
        x: overlay.staff.holdCorner.indexOf("right") >= 0 ? overlay.width - width : 0
        y: overlay.staff.holdCorner.indexOf("bottom") >= 0 ? overlay.height - height : 0
        visible: overlay.staff.page === "closed"
        pressAndHoldInterval: overlay.staff.holdMs
        Accessible.ignored: true
        onPressAndHold: overlay.staff.cornerHeld()
    }

    // 2. Then the tap pattern: while armed, taps go here and nowhere else.
    MouseArea {
        objectName: "staffPatternCatcher"
        anchors.fill: parent
        visible: overlay.staff.gestureArmed && overlay.staff.page === "closed"
        Accessible.ignored: true
        onClicked: (mouse) => overlay.staff.tappedAt(mouse.x, mouse.y, width, height)
    }

    Rectangle {
        id: panel
        objectName: "staffPanel"
        anchors.fill: parent
        visible: overlay.staff.page !== "closed"
        color: Theme.background

        MouseArea { anchors.fill: parent; Accessible.ignored: true }  // nothing reaches the resident's screen

        Loader {
            anchors.fill: parent
            sourceComponent: {
                switch (overlay.staff.page) {
                case "pin": return pinPage
                case "home": return homePage
                case "help": return helpPage
                case "actions": return actionsPage
                case "outOfService": return outOfServicePage
                default: return null
                }
            }
        }
        Component { id: pinPage; PinPad { staff: overlay.staff } }
        Component { id: homePage; StaffHome { staff: overlay.staff } }
        Component { id: helpPage; StaffHelp { staff: overlay.staff } }
        Component { id: actionsPage; StaffActions { staff: overlay.staff } }
        Component { id: outOfServicePage; StaffOutOfServiceForm { staff: overlay.staff } }

        StaffConfirm {
            anchors.fill: parent
            visible: overlay.staff.confirming !== ""
            staff: overlay.staff
        }
    }
}

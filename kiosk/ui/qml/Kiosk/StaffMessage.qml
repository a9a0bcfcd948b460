import QtQuick
import Kiosk.ViewModels

// What the last staff action did, or why it did not work.
Rectangle {
    id: box
    required property StaffViewModel staff
    objectName: "staffMessage"
    visible: staff.actionMessage !== ""
    implicitHeight: visible ? label.implicitHeight + Theme.margin / 2 : 0
    color: staff.actionOk ? Theme.secondary : Theme.notice
    border.color: staff.actionOk ? Theme.border : Theme.error
    border.width: staff.actionOk ? 1 : 4
    radius: 6
    Text {
        id: label
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
        anchors.margins: Theme.margin / 4
        text: box.staff.actionMessage
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: box.staff.actionMessage
    }
}

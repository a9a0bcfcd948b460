import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk.ViewModels

// The message residents will see while the station is out of service.
Item {
    id: form
    required property StaffViewModel staff
    readonly property string screenName: "staffOutOfService"
    objectName: "staffOutOfServiceForm"

    StaffHeader {
        id: header
        anchors { top: parent.top; left: parent.left; right: parent.right }
        staff: form.staff
        title: qsTr("Put out of service")
    }
    ColumnLayout {
        anchors { top: header.bottom; left: parent.left; right: parent.right; margins: Theme.margin / 2 }
        spacing: Theme.margin / 4
        BodyText {
            Layout.fillWidth: true
            text: qsTr("Residents will see this message instead of the start screen until you put the station back in service. It stays after a restart.")
        }
        TextArea {
            id: message
            objectName: "outOfServiceMessage"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.buttonHeight * 2
            text: form.staff.defaultOutOfServiceMessage
            wrapMode: TextEdit.Wrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            color: Theme.text
            Accessible.name: qsTr("Message for residents")
            background: Rectangle { border.color: Theme.border; border.width: 2; color: Theme.background }
            onTextChanged: if (length > form.staff.maxMessageLength) remove(form.staff.maxMessageLength, length)
        }
        BigButton {
            objectName: "outOfServiceSubmit"
            Layout.fillWidth: true
            textSize: Theme.titleSize
            fill: Theme.danger
            pressedFill: Theme.dangerPressed
            text: qsTr("Put out of service")
            onClicked: { Qt.inputMethod.hide(); form.staff.requestOutOfService(message.text) }
        }
    }
}

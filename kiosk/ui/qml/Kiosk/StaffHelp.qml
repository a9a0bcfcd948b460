import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk.ViewModels

// Residents who asked for a champion: when, and from which screen.
Item {
    id: help
    required property StaffViewModel staff
    readonly property string screenName: "staffHelp"
    objectName: "staffHelp"

    StaffHeader {
        id: header
        anchors { top: parent.top; left: parent.left; right: parent.right }
        staff: help.staff
        title: qsTr("Help requests")
    }
    BodyText {
        id: empty
        anchors { top: header.bottom; left: parent.left; right: parent.right; margins: Theme.margin / 2 }
        visible: requests.count === 0
        text: qsTr("Nobody is waiting for help.")
    }
    ListView {
        id: requests
        objectName: "helpList"
        anchors { top: header.bottom; left: parent.left; right: parent.right; bottom: message.top }
        anchors.margins: Theme.margin / 2
        clip: true
        spacing: Theme.margin / 4
        model: help.staff.helpRequests
        delegate: Rectangle {
            id: row
            required property var modelData
            width: requests.width
            implicitHeight: Theme.buttonHeight + Theme.margin / 2
            color: Theme.notice
            border.color: Theme.border
            radius: 6
            RowLayout {
                anchors.fill: parent
                anchors.margins: Theme.margin / 4
                BodyText {
                    Layout.fillWidth: true
                    text: qsTr("%1 – on the %2 screen").arg(row.modelData.time).arg(row.modelData.screen)
                }
                BigButton {
                    objectName: "imHereButton" + row.modelData.id
                    textSize: Theme.bodySize
                    text: qsTr("I'm here")
                    Accessible.name: qsTr("I'm here, for the request at %1").arg(row.modelData.time)
                    onClicked: help.staff.answerHelp(row.modelData.id)
                }
            }
        }
    }
    StaffMessage {
        id: message
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: Theme.margin / 2 }
        staff: help.staff
    }
}

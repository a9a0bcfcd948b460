import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk.ViewModels

// Station health at a glance, and the way to help requests and actions.
Item {
    id: home
    required property StaffViewModel staff
    readonly property string screenName: "staffHome"
    objectName: "staffHome"

    StaffHeader {
        id: header
        anchors { top: parent.top; left: parent.left; right: parent.right }
        staff: home.staff
        title: qsTr("Station health")
        showBack: false
    }

    ListView {
        id: checks
        objectName: "healthList"
        anchors { top: header.bottom; left: parent.left; right: parent.right; bottom: buttons.top }
        anchors.margins: Theme.margin / 2
        clip: true
        spacing: Theme.margin / 4
        model: home.staff.health
        ScrollBar.vertical: ScrollBar { width: Theme.minTouch / 2 }
        header: BodyText {
            width: checks.width
            visible: checks.count === 0
            height: visible ? implicitHeight + Theme.margin : 0
            text: qsTr("Checking the scanner, printer, outbox and network…")
        }
        delegate: Rectangle {
            id: row
            required property var modelData
            width: checks.width
            implicitHeight: rowText.implicitHeight + Theme.margin / 2
            color: modelData.state === "OK" ? Theme.background : Theme.notice
            border.color: Theme.border
            border.width: 1
            radius: 6
            Accessible.role: Accessible.StaticText
            Accessible.name: modelData.name + ": " + modelData.state + ". " + modelData.detail
            RowLayout {
                id: rowText
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
                anchors.margins: Theme.margin / 4
                spacing: Theme.margin / 4
                Rectangle {
                    Layout.preferredWidth: 110
                    Layout.preferredHeight: Theme.minTouch
                    Layout.alignment: Qt.AlignTop
                    radius: 6
                    color: row.modelData.state === "OK" ? Theme.action
                         : row.modelData.state === "WARN" ? Theme.text : Theme.danger
                    Text {
                        anchors.centerIn: parent
                        // The word, not only the colour (WCAG 1.4.1).
                        text: row.modelData.state === "OK" ? qsTr("OK")
                            : row.modelData.state === "WARN" ? qsTr("WARN") : qsTr("FAIL")
                        color: Theme.actionText
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                    }
                }
                Column {
                    Layout.fillWidth: true
                    spacing: 4
                    Text {
                        width: parent.width
                        text: row.modelData.name
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                    }
                    Text {
                        width: parent.width
                        text: row.modelData.detail
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize - 4
                        wrapMode: Text.Wrap
                    }
                    Text {
                        width: parent.width
                        visible: row.modelData.hint !== ""
                        text: qsTr("What to do: %1").arg(row.modelData.hint)
                        color: Theme.secondaryText
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize - 4
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }

    GridLayout {
        id: buttons
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        anchors.margins: Theme.margin / 2
        columns: 2
        rowSpacing: Theme.margin / 4
        columnSpacing: Theme.margin / 4
        BigButton {
            objectName: "staffHelpButton"
            Layout.fillWidth: true
            Layout.preferredWidth: 1  // the two share the row equally
            textSize: Theme.titleSize
            text: qsTr("Help requests (%1)").arg(home.staff.helpRequests.length)
            onClicked: home.staff.showPage("help")
        }
        BigButton {
            objectName: "staffActionsButton"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            textSize: Theme.titleSize
            text: qsTr("Actions")
            onClicked: home.staff.showPage("actions")
        }
        SecondaryButton {
            objectName: "staffRefreshButton"
            Layout.fillWidth: true
            Layout.columnSpan: 2
            text: qsTr("Check again")
            onClicked: home.staff.refreshHealth()
        }
    }
}

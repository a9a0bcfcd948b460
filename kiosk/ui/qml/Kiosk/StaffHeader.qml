import QtQuick
import QtQuick.Layouts
import Kiosk.ViewModels

// The top of every staff screen: who is signed in, Back (to the station page) and Exit.
Rectangle {
    id: header
    required property StaffViewModel staff
    property string title
    property bool showBack: true
    color: Theme.brand
    implicitHeight: Theme.buttonHeight + Theme.margin / 2

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin / 4
        spacing: Theme.margin / 4
        SecondaryButton {
            objectName: "staffBackButton"
            visible: header.showBack
            text: qsTr("Back")
            textSize: Theme.bodySize
            onClicked: header.staff.showPage("home")
        }
        Column {
            Layout.fillWidth: true
            Text {
                width: parent.width
                text: header.title
                color: Theme.brandText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.titleSize
                font.bold: true
                elide: Text.ElideRight
            }
            Text {
                width: parent.width
                text: qsTr("Staff mode: %1").arg(header.staff.champion)
                color: Theme.brandText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                elide: Text.ElideRight
            }
        }
        SecondaryButton {
            objectName: "staffExitButton"
            text: qsTr("Exit")
            textSize: Theme.bodySize
            onClicked: header.staff.exit()
        }
    }
}

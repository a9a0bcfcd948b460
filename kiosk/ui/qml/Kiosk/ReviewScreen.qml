import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk.ViewModels

// The pages scanned so far: turn or delete each, scan more, or go on.
Rectangle {
    id: screen
    required property ReviewViewModel viewModel
    readonly property string screenName: "review"
    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin / 2

        Heading {
            Layout.fillWidth: true
            text: qsTr("Check your pages")
        }
        BodyText {
            Layout.fillWidth: true
            text: screen.viewModel.pageCount > 0
                  ? qsTr("Make sure every page is the right way up and easy to read.")
                  : qsTr("There are no pages left. Scan at least one page to send.")
        }

        GridView {
            id: grid
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            cellWidth: width / 2
            cellHeight: 660
            model: screen.viewModel.pages
            delegate: Item {
                id: cell
                required property var modelData
                width: grid.cellWidth
                height: grid.cellHeight

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 12
                    spacing: 8

                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Page %1").arg(cell.modelData.number)
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                    }
                    Rectangle {
                        Layout.fillWidth: true
                        Layout.preferredHeight: 330
                        color: Theme.secondary
                        border.width: 2
                        border.color: Theme.border
                        Image {
                            anchors.centerIn: parent
                            width: cell.modelData.rotation % 180 === 0 ? parent.width - 16 : parent.height - 16
                            height: cell.modelData.rotation % 180 === 0 ? parent.height - 16 : parent.width - 16
                            source: cell.modelData.thumbnail
                            rotation: cell.modelData.rotation
                            fillMode: Image.PreserveAspectFit
                            asynchronous: true
                            // One file per page id; turning changes `rotation`, not the file.
                            cache: true
                            Accessible.role: Accessible.Graphic
                            Accessible.name: qsTr("Page %1").arg(cell.modelData.number)
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        Layout.preferredHeight: 72
                        text: cell.modelData.warning
                        color: Theme.error
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.WordWrap
                        elide: Text.ElideRight
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 12
                        SecondaryButton {
                            objectName: "rotate_" + cell.modelData.number
                            Layout.fillWidth: true
                            Layout.preferredHeight: 96
                            textSize: Theme.bodySize
                            text: qsTr("Turn")
                            Accessible.name: qsTr("Turn page %1").arg(cell.modelData.number)
                            onClicked: screen.viewModel.rotate(cell.modelData.id)
                        }
                        BigButton {
                            objectName: "delete_" + cell.modelData.number
                            Layout.fillWidth: true
                            Layout.preferredHeight: 96
                            textSize: Theme.bodySize
                            fill: Theme.danger
                            pressedFill: Theme.dangerPressed
                            text: qsTr("Delete")
                            Accessible.name: qsTr("Delete page %1").arg(cell.modelData.number)
                            onClicked: screen.viewModel.remove(cell.modelData.id)
                        }
                    }
                }
            }
        }

        BigButton {
            objectName: "continueButton"
            Layout.fillWidth: true
            enabled: screen.viewModel.pageCount > 0
            text: qsTr("Continue")
            onClicked: screen.viewModel.accept()
        }
        SecondaryButton {
            objectName: "scanMoreButton"
            Layout.fillWidth: true
            text: qsTr("Scan more pages")
            onClicked: screen.viewModel.scanMore()
        }
    }
}

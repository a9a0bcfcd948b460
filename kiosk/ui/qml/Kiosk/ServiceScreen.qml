import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk.ViewModels

// Which council service the documents are for: one large tile per service.
Rectangle {
    id: screen
    required property ServiceViewModel viewModel
    required property StationViewModel station
    readonly property string screenName: "service"
    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin / 2

        // The heading scrolls with the tiles: with bigger text on a landscape
        // screen a fixed heading left too little room to see one whole tile.
        Flickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: scrolled.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds

            ColumnLayout {
                id: scrolled
                width: parent.width
                spacing: Theme.margin / 2

                Heading {
                    Layout.fillWidth: true
                    text: screen.station.canSend ? qsTr("Who are you sending documents to?")
                                                 : qsTr("What would you like to do?")
                }
                BodyText {
                    Layout.fillWidth: true
                    visible: screen.station.canSend
                    text: qsTr("Tap the council service that asked you for documents.")
                }
                Rectangle {
                    Layout.fillWidth: true
                    visible: screen.station.notice !== ""
                    implicitHeight: notice.implicitHeight + Theme.margin
                    color: Theme.notice
                    border.width: 6
                    border.color: Theme.error
                    BodyText {
                        id: notice
                        objectName: "stationNotice"
                        anchors.fill: parent
                        anchors.margins: Theme.margin / 2
                        text: screen.station.notice
                        font.bold: true
                    }
                }

                // One column on the stations' portrait screens, two on a landscape one.
                GridLayout {
                    id: tiles
                    Layout.fillWidth: true
                    // Side by side, every tile the same width (not wider for a longer title).
                    uniformCellWidths: true
                    columns: screen.width > screen.height ? 2 : 1
                    columnSpacing: Theme.margin / 2
                    rowSpacing: Theme.margin / 2

                    Repeater {
                        model: screen.station.canSend ? screen.viewModel.services : []
                        delegate: Button {
                            id: tile
                            required property var modelData
                            objectName: "service_" + modelData.id
                            Layout.fillWidth: true
                            // As tall as the tallest in its row, the words at the top.
                            Layout.fillHeight: true
                            implicitHeight: Math.max(Theme.buttonHeight * 2, content.implicitHeight + Theme.margin)
                            focusPolicy: Qt.StrongFocus
                            padding: Theme.margin / 2
                            Accessible.role: Accessible.Button
                            Accessible.name: modelData.title
                            Accessible.description: modelData.description
                            onClicked: screen.viewModel.choose(modelData.id)

                            background: Rectangle {
                                radius: 8
                                color: tile.down ? Theme.secondaryPressed : Theme.secondary
                                border.width: 4
                                border.color: Theme.action
                            }
                            contentItem: ColumnLayout {
                                id: content
                                spacing: 8
                                Text {
                                    Layout.fillWidth: true
                                    text: tile.modelData.title
                                    color: Theme.text
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.titleSize
                                    font.bold: true
                                    wrapMode: Text.WordWrap
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: tile.modelData.description
                                    color: Theme.text
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.bodySize
                                    wrapMode: Text.WordWrap
                                }
                                Text {
                                    Layout.fillWidth: true
                                    visible: tile.modelData.asks.length > 0
                                    text: qsTr("You will need: %1").arg(tile.modelData.asks.join(", "))
                                    color: Theme.secondaryText
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.bodySize
                                    wrapMode: Text.WordWrap
                                }
                                Item { Layout.fillHeight: true }
                            }
                        }
                    }

                    BodyText {
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.margin / 2
                        Layout.columnSpan: tiles.columns
                        visible: screen.station.canPrintForms || screen.station.canCopy
                        text: qsTr("Other things you can do here")
                        font.pixelSize: Theme.titleSize
                        font.bold: true
                    }
                    BigButton {
                        objectName: "formsTile"
                        Layout.fillWidth: true
                        visible: screen.station.canPrintForms
                        fill: Theme.brand
                        ink: Theme.brandText
                        textSize: Theme.titleSize
                        text: qsTr("Print a council form")
                        onClicked: screen.viewModel.chooseForms()
                    }
                    BigButton {
                        objectName: "copyTile"
                        Layout.fillWidth: true
                        visible: screen.station.canCopy
                        fill: Theme.brand
                        ink: Theme.brandText
                        textSize: Theme.titleSize
                        text: qsTr("Copy a document")
                        onClicked: screen.viewModel.chooseCopy()
                    }
                }
            }
        }

        SecondaryButton {
            objectName: "backButton"
            text: qsTr("Back")
            onClicked: screen.viewModel.back()
        }
    }
}

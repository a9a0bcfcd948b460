import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk.ViewModels

// What will be sent, then "Send".
Rectangle {
    id: screen
    required property CheckViewModel viewModel
    readonly property string screenName: "check"
    readonly property bool wide: width > height
    color: Theme.background

    ScrollingColumn {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin / 2

        Heading {
            Layout.fillWidth: true
            text: qsTr("Check and send")
        }

        // Wide (landscape): what will be sent on one side, "Send" on the other.
        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: screen.wide ? 2 : 1
            // Side by side: two equal halves.
            uniformCellWidths: true
            columnSpacing: Theme.margin
            rowSpacing: Theme.margin / 2

            GridLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                columns: 1
                rowSpacing: 8

                Text {
                    text: qsTr("Service")
                    color: Theme.secondaryText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                }
                BodyText {
                    Layout.fillWidth: true
                    Layout.bottomMargin: Theme.margin / 2
                    text: screen.viewModel.serviceTitle
                    font.pixelSize: Theme.titleSize
                }
                Repeater {
                    model: screen.viewModel.answers
                    delegate: ColumnLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        Layout.bottomMargin: Theme.margin / 2
                        spacing: 8
                        Text {
                            text: modelData.label
                            color: Theme.secondaryText
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.bodySize
                        }
                        BodyText {
                            Layout.fillWidth: true
                            text: modelData.value
                            font.pixelSize: Theme.titleSize
                        }
                    }
                }
                Text {
                    text: qsTr("Pages")
                    color: Theme.secondaryText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                }
                BodyText {
                    objectName: "pageSummary"
                    Layout.fillWidth: true
                    text: qsTr("%Ln page(s)", "", screen.viewModel.pageCount)
                    font.pixelSize: Theme.titleSize
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.margin / 2

                Rectangle {
                    Layout.fillWidth: true
                    visible: screen.viewModel.message !== ""
                    implicitHeight: problem.implicitHeight + Theme.margin
                    color: Theme.notice
                    border.width: 6
                    border.color: Theme.error
                    BodyText {
                        id: problem
                        anchors.fill: parent
                        anchors.margins: Theme.margin / 2
                        text: screen.viewModel.message
                        font.bold: true
                    }
                }

                Item { Layout.fillHeight: true }

                BigButton {
                    objectName: "sendButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.buttonHeight * 1.5
                    text: qsTr("Send")
                    textSize: Theme.headingSize
                    onClicked: screen.viewModel.send()
                }
                SecondaryButton {
                    objectName: "backButton"
                    Layout.fillWidth: true
                    text: qsTr("Back to my pages")
                    onClicked: screen.viewModel.back()
                }
            }
        }
    }
}

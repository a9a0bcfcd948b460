import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk.ViewModels

// Print a council form: the catalogue as tiles with a first-page picture,
// then the chosen form with its copies and "Print".
Rectangle {
    id: screen
    required property FormsViewModel viewModel
    readonly property string screenName: "forms"
    signal helpAsked()
    readonly property bool choosing: viewModel.chosen.id === undefined
    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin / 2

        Heading {
            Layout.fillWidth: true
            text: screen.choosing ? qsTr("Print a council form") : screen.viewModel.chosen.title
        }
        BodyText {
            Layout.fillWidth: true
            text: screen.choosing
                  ? qsTr("Tap the form you want. Printing is free.")
                  : screen.viewModel.chosen.description
        }

        // The catalogue.
        Flickable {
            visible: screen.choosing
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: tiles.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds

            // One column on the stations' portrait screens, two on a landscape one
            // (as the service tiles), every tile the same width.
            GridLayout {
                id: tiles
                width: parent.width
                uniformCellWidths: true
                columns: screen.width > screen.height ? 2 : 1
                columnSpacing: Theme.margin / 2
                rowSpacing: Theme.margin / 2

                Repeater {
                    model: screen.viewModel.forms
                    delegate: Button {
                        id: tile
                        required property var modelData
                        objectName: "form_" + modelData.id
                        Layout.fillWidth: true
                        // As tall as the tallest in its row.
                        Layout.fillHeight: true
                        implicitHeight: Math.max(Theme.buttonHeight * 2, row.implicitHeight + Theme.margin)
                        padding: Theme.margin / 2
                        focusPolicy: Qt.StrongFocus
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
                        contentItem: RowLayout {
                            id: row
                            spacing: Theme.margin / 2
                            Image {
                                Layout.preferredWidth: 180
                                Layout.preferredHeight: 254
                                source: tile.modelData.preview
                                asynchronous: true
                                fillMode: Image.PreserveAspectFit
                                sourceSize.width: 360
                                Accessible.ignored: true
                            }
                            ColumnLayout {
                                Layout.fillWidth: true
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
                                    text: qsTr("%Ln page(s)", "", tile.modelData.pages)
                                    color: Theme.secondaryText
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.bodySize
                                }
                            }
                        }
                    }
                }
            }
        }

        // One form: its first page, copies, Print.
        Image {
            visible: !screen.choosing
            Layout.fillWidth: true
            Layout.fillHeight: true
            source: screen.choosing ? "" : screen.viewModel.chosen.preview
            asynchronous: true
            fillMode: Image.PreserveAspectFit
            sourceSize.width: 360
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("The first page of the form")
        }
        CopiesStepper {
            visible: !screen.choosing && !screen.viewModel.job.busy && screen.viewModel.job.phase !== "done"
            Layout.fillWidth: true
            value: screen.viewModel.copies
            maximum: screen.viewModel.maxCopies
            onStepped: (step) => screen.viewModel.changeCopies(step)
        }
        PrintStatus {
            Layout.fillWidth: true
            job: screen.viewModel.job
            doneText: qsTr("Your form has printed. Please take it from the printer.")
        }
        BigButton {
            objectName: "printButton"
            Layout.fillWidth: true
            visible: !screen.choosing && screen.viewModel.job.phase !== "done"
            enabled: !screen.viewModel.job.busy
            text: qsTr("Print")
            onClicked: screen.viewModel.print()
        }
        BigButton {
            objectName: "finishButton"
            Layout.fillWidth: true
            visible: screen.viewModel.job.phase === "done"
            text: qsTr("Finish")
            onClicked: screen.viewModel.finish()
        }
        SecondaryButton {
            objectName: "anotherFormButton"
            Layout.fillWidth: true
            visible: screen.viewModel.job.phase === "done"
            text: qsTr("Print another form")
            onClicked: screen.viewModel.another()
        }
        SecondaryButton {
            objectName: "backButton"
            Layout.fillWidth: true
            visible: screen.viewModel.job.phase !== "done"
            enabled: !screen.viewModel.job.busy
            text: qsTr("Back")
            onClicked: screen.viewModel.back()
        }
    }

    FaultPanel {
        anchors.fill: parent
        z: 5
        title: qsTr("The printer needs attention")
        message: screen.viewModel.job.phase === "held_up" ? screen.viewModel.job.message : ""
        canTryAgain: false
        onAskHelp: screen.helpAsked()
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk.ViewModels

// Copy a document: put it on the glass, choose colour and copies, "Copy".
// Nothing is kept: the scan is printed and deleted at once.
Rectangle {
    id: screen
    required property CopyViewModel viewModel
    readonly property string screenName: "copy"
    readonly property var job: viewModel.job
    readonly property bool wide: width > height
    signal helpAsked()
    color: Theme.background

    ScrollingColumn {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin / 2

        Heading {
            Layout.fillWidth: true
            text: qsTr("Copy a document")
        }

        // Wide (landscape): what to do and the choices on one side, "Copy"
        // on the other, so both fit a 1080 px tall screen.
        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: screen.wide ? 2 : 1
            // Side by side: two equal halves.
            uniformCellWidths: true
            columnSpacing: Theme.margin
            rowSpacing: Theme.margin / 2

            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: Theme.margin / 2

                BodyText {
                    Layout.fillWidth: true
                    text: qsTr("Lift the scanner lid. Put your page face down on the glass. Close the lid.")
                }
                BodyText {
                    Layout.fillWidth: true
                    text: qsTr("We do not keep a copy of your document.")
                    color: Theme.secondaryText
                }

                BodyText {
                    Layout.fillWidth: true
                    text: qsTr("Colour or black and white?")
                    font.pixelSize: Theme.titleSize
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.margin / 2
                    enabled: !screen.job.busy
                    // ChoiceButton ticks the chosen one, so it does not rest on colour (WCAG 1.4.1).
                    ChoiceButton {
                        objectName: "blackAndWhiteButton"
                        Layout.fillWidth: true
                        chosen: !screen.viewModel.colour
                        label: qsTr("Black and white")
                        onClicked: screen.viewModel.setColour(false)
                    }
                    ChoiceButton {
                        objectName: "colourButton"
                        Layout.fillWidth: true
                        chosen: screen.viewModel.colour
                        label: qsTr("Colour")
                        onClicked: screen.viewModel.setColour(true)
                    }
                }
                CopiesStepper {
                    Layout.fillWidth: true
                    enabled: !screen.job.busy
                    value: screen.viewModel.copies
                    maximum: screen.viewModel.maxCopies
                    onStepped: (step) => screen.viewModel.changeCopies(step)
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.margin / 2

                // Scanning progress, then the print job.
                Rectangle {
                    objectName: "copyProgress"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.minTouch
                    visible: screen.job.phase === "working"
                    color: Theme.secondary
                    border.width: 2
                    border.color: Theme.border
                    Accessible.role: Accessible.ProgressBar
                    Accessible.name: qsTr("Scanning progress")
                    Rectangle {
                        anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: 2 }
                        width: (parent.width - 4) * screen.viewModel.progress
                        color: Theme.brand
                    }
                }
                PrintStatus {
                    Layout.fillWidth: true
                    job: screen.job
                    doneText: qsTr("Your copy has printed. Take your copy from the printer and your page from the scanner.")
                }

                Item { Layout.fillHeight: true }

                BigButton {
                    objectName: "copyButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.buttonHeight * 1.5
                    visible: screen.job.phase !== "done"
                    enabled: !screen.job.busy
                    text: qsTr("Copy")
                    onClicked: screen.viewModel.copy()
                }
                BigButton {
                    objectName: "finishButton"
                    Layout.fillWidth: true
                    visible: screen.job.phase === "done"
                    text: qsTr("Finish")
                    onClicked: screen.viewModel.finish()
                }
                SecondaryButton {
                    objectName: "anotherCopyButton"
                    Layout.fillWidth: true
                    visible: screen.job.phase === "done"
                    text: qsTr("Copy another page")
                    onClicked: screen.viewModel.another()
                }
                SecondaryButton {
                    objectName: "backButton"
                    Layout.fillWidth: true
                    visible: screen.job.phase !== "done"
                    enabled: !screen.job.busy
                    text: qsTr("Back")
                    onClicked: screen.viewModel.back()
                }
            }
        }
    }

    FaultPanel {
        anchors.fill: parent
        z: 5
        title: screen.viewModel.fault !== "" ? screen.viewModel.faultTitle : qsTr("The printer needs attention")
        message: screen.viewModel.fault !== "" ? screen.viewModel.fault
               : screen.job.phase === "held_up" ? screen.job.message : ""
        canTryAgain: screen.viewModel.fault !== ""
        onTryAgain: screen.viewModel.tryAgain()
        onAskHelp: screen.helpAsked()
    }
}

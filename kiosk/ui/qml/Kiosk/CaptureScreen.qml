import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk.ViewModels

// Scanning: how to place the page, a big Scan button, live progress,
// "Scan another page" and "I've finished".
Rectangle {
    id: screen
    required property CaptureViewModel viewModel
    readonly property string screenName: "capture"
    signal helpAsked()
    color: Theme.background

    // On a wide (landscape) screen the picture of how to place the page stands
    // beside the buttons, so "Scan" and "I've finished" stay on the screen; on
    // the stations' portrait screens they are one column with the buttons at
    // the bottom. When even that does not fit (bigger text) the screen scrolls.
    readonly property bool wide: width > height

    ScrollingColumn {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin / 2

        Heading {
            objectName: "captureHeading"
            Layout.fillWidth: true
            text: screen.viewModel.rescanPageNumber > 0
                  ? qsTr("Scan page %1 again").arg(screen.viewModel.rescanPageNumber)
                  : qsTr("Scan your documents")
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: screen.wide ? 2 : 1
            // Side by side: two equal halves.
            uniformCellWidths: true
            columnSpacing: Theme.margin
            rowSpacing: Theme.margin / 2

            // How to place the page: the words and, for the flatbed, a picture.
            ColumnLayout {
                objectName: "captureHowTo"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: Theme.margin / 2

                BodyText {
                    Layout.fillWidth: true
                    text: screen.viewModel.feeder
                          ? qsTr("Put your pages face up in the tray on top of the scanner, top edge first.")
                          : qsTr("Lift the scanner lid. Put one page face down on the glass, with its top left corner at the arrow. Close the lid.")
                }

                // A picture of the glass with a page in the corner (for the flatbed).
                // Not mirrored right to left: the scanner's corner is where it is.
                Rectangle {
                    objectName: "glassPicture"
                    visible: !screen.viewModel.feeder
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: 520
                    Layout.preferredHeight: 360
                    color: Theme.secondary
                    border.width: 4
                    border.color: Theme.border
                    radius: 8
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("A page on the scanner glass, in the top left corner")
                    Rectangle {
                        x: 20; y: 20
                        width: 210; height: 297
                        color: Theme.background
                        border.width: 3
                        border.color: Theme.brand
                        Text {
                            anchors.centerIn: parent
                            text: qsTr("Page")
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.bodySize
                        }
                    }
                    Text {
                        x: 250; y: 20
                        text: "\u2196"
                        color: Theme.brand
                        font.pixelSize: Theme.heroSize
                    }
                }
            }

            // How far the resident is, and what to do next.
            ColumnLayout {
                objectName: "captureActions"
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.margin / 2

                BodyText {
                    objectName: "pageCount"
                    Layout.fillWidth: true
                    // Scanning a page again: which one the new scan replaces.
                    text: screen.viewModel.rescanPageNumber > 0
                          ? qsTr("Your new scan will replace page %L1 of %L2")
                                .arg(screen.viewModel.rescanPageNumber)
                                .arg(screen.viewModel.pageCount)
                          : qsTr("Pages scanned: %L1").arg(screen.viewModel.pageCount)
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    visible: screen.viewModel.scanning
                    spacing: 8
                    BodyText {
                        Layout.fillWidth: true
                        text: qsTr("Scanning… %L1%").arg(Math.round(screen.viewModel.progress * 100))
                    }
                    Rectangle {
                        objectName: "progressBar"
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.minTouch
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
                }

                Rectangle {
                    Layout.fillWidth: true
                    visible: screen.viewModel.message !== ""
                    implicitHeight: problem.implicitHeight + Theme.margin
                    color: Theme.notice
                    border.width: 6
                    border.color: Theme.error
                    BodyText {
                        id: problem
                        objectName: "scanMessage"
                        anchors.fill: parent
                        anchors.margins: Theme.margin / 2
                        text: screen.viewModel.message
                        font.bold: true
                    }
                }

                Item { Layout.fillHeight: true }

                BigButton {
                    objectName: "scanButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.buttonHeight * 1.5
                    visible: !screen.viewModel.scanning
                    text: screen.viewModel.rescanPageNumber > 0
                          ? qsTr("Scan page %1 again").arg(screen.viewModel.rescanPageNumber)
                          : screen.viewModel.pageCount === 0 ? qsTr("Scan") : qsTr("Scan another page")
                    textSize: Theme.headingSize
                    onClicked: screen.viewModel.scan()
                }
                SecondaryButton {
                    objectName: "cancelButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.buttonHeight * 1.5
                    visible: screen.viewModel.scanning
                    text: qsTr("Stop scanning")
                    onClicked: screen.viewModel.cancel()
                }
                BigButton {
                    objectName: "finishedButton"
                    Layout.fillWidth: true
                    visible: screen.viewModel.rescanPageNumber === 0
                    enabled: screen.viewModel.canFinish
                    text: qsTr("I've finished")
                    onClicked: screen.viewModel.finish()
                }
                SecondaryButton {
                    objectName: "backButton"
                    Layout.fillWidth: true
                    enabled: !screen.viewModel.scanning
                    text: screen.viewModel.rescanPageNumber > 0 ? qsTr("Keep the old page") : qsTr("Back")
                    onClicked: screen.viewModel.back()
                }
            }
        }
    }

    FaultPanel {
        anchors.fill: parent
        z: 5
        title: screen.viewModel.faultTitle
        message: screen.viewModel.fault
        onTryAgain: screen.viewModel.tryAgain()
        onAskHelp: screen.helpAsked()
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk.ViewModels

// GOV.UK-style confirmation: a green panel with the reference in large type,
// then what happens next.
Rectangle {
    id: screen
    required property ConfirmationViewModel viewModel
    readonly property string screenName: "confirmation"
    property bool canPrintReceipt: true
    color: Theme.background

    // Wide (landscape): the reference on one side, what happens next and the
    // buttons on the other, so "Finish" stays on a 1080 px tall screen.
    readonly property bool wide: width > height

    ScrollingColumn {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: screen.wide ? 2 : 1
            // Side by side: two equal halves.
            uniformCellWidths: true
            columnSpacing: Theme.margin
            rowSpacing: Theme.margin

            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: Theme.margin

                Rectangle {
                    objectName: "confirmationPanel"
                    Layout.fillWidth: true
                    implicitHeight: panelText.implicitHeight + 2 * Theme.margin
                    color: Theme.panel

                    ColumnLayout {
                        id: panelText
                        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
                        anchors.margins: Theme.margin
                        spacing: Theme.margin / 2

                        Text {
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignHCenter
                            text: qsTr("Documents sent")
                            color: Theme.panelText
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.headingSize
                            font.bold: true
                            wrapMode: Text.WordWrap
                            Accessible.role: Accessible.Heading
                            Accessible.name: text
                        }
                        ReferenceText {
                            Layout.fillWidth: true
                            referenceName: "reference"
                            reference: screen.viewModel.reference
                        }
                        Text {
                            objectName: "sentAt"
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignHCenter
                            // Inside qsTr() so a change of language re-reads the locale.
                            text: qsTr("Sent on %1 at %2")
                                  .arg(screen.viewModel.sentAt.toLocaleDateString(Qt.locale(), Locale.LongFormat))
                                  .arg(screen.viewModel.sentAt.toLocaleTimeString(Qt.locale(), Locale.ShortFormat))
                            visible: !isNaN(screen.viewModel.sentAt.getTime())
                            color: Theme.panelText
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.bodySize
                            wrapMode: Text.WordWrap
                            Accessible.role: Accessible.StaticText
                            Accessible.name: text
                        }
                    }
                }

                BodyText {
                    Layout.fillWidth: true
                    text: qsTr("Write this reference down or take a photo of this screen. You will need it if you contact us about these documents.")
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.margin

                Heading {
                    Layout.fillWidth: true
                    text: qsTr("What happens next")
                    font.pixelSize: Theme.titleSize
                }
                BodyText {
                    objectName: "nextSteps"
                    Layout.fillWidth: true
                    text: screen.viewModel.nextSteps
                }

                Item { Layout.fillHeight: true }

                PrintStatus {
                    Layout.fillWidth: true
                    job: screen.viewModel.job
                    doneText: qsTr("Your receipt has printed. Please take it from the printer.")
                }
                SecondaryButton {
                    objectName: "receiptButton"
                    Layout.fillWidth: true
                    visible: screen.canPrintReceipt && screen.viewModel.job.phase === "idle"
                    text: qsTr("Print a receipt")
                    onClicked: screen.viewModel.printReceipt()
                }
                BigButton {
                    objectName: "finishButton"
                    Layout.fillWidth: true
                    text: qsTr("Finish")
                    onClicked: screen.viewModel.finish()
                }
            }
        }
    }
}

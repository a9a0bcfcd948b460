import QtQuick
import QtQuick.Layouts
import Kiosk.ViewModels

// "Get help": a champion has been asked to come. Going back returns to the
// screen the resident was on, with everything as they left it. Below (beside,
// on a wide screen), the other ways of getting help the station offers.
Rectangle {
    id: screen
    required property HelpViewModel viewModel
    readonly property string screenName: "help"
    readonly property bool wide: width > height
    readonly property bool hasOptions: viewModel.options.length > 0
    color: Theme.background

    ScrollingColumn {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        Item { Layout.fillHeight: true }
        GridLayout {
            Layout.fillWidth: true
            columns: screen.wide && screen.hasOptions ? 2 : 1
            columnSpacing: Theme.margin
            rowSpacing: Theme.margin

            // The champion is coming; "Go back" right under it on a wide screen.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: screen.wide ? 1 : -1
                Layout.alignment: Qt.AlignTop
                spacing: Theme.margin

                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: helpText.implicitHeight + 2 * Theme.margin
                    color: Theme.brand
                    ColumnLayout {
                        id: helpText
                        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
                        anchors.margins: Theme.margin
                        spacing: Theme.margin / 2
                        Text {
                            objectName: "helpHeading"
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignHCenter
                            text: screen.viewModel.answered
                                  ? qsTr("A member of staff is coming")
                                  : qsTr("A member of staff has been asked to come and help you")
                            color: Theme.brandText
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.headingSize
                            font.bold: true
                            wrapMode: Text.WordWrap
                            Accessible.role: Accessible.Heading
                            Accessible.name: text
                        }
                    }
                }
                BodyText {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Please stay at the station. Staff wear a council badge.")
                    font.pixelSize: Theme.titleSize
                }
                BodyText {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("What you have done so far is kept.")
                }
                BigButton {
                    // One "Go back" shows at a time; the name goes with it.
                    objectName: screen.wide ? "closeHelpButton" : ""
                    Layout.fillWidth: true
                    visible: screen.wide
                    text: qsTr("Go back")
                    onClicked: screen.viewModel.close()
                }
            }

            // Help beyond the station, for when a champion is not enough or not there.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: screen.wide ? 1 : -1
                Layout.alignment: Qt.AlignTop
                visible: screen.hasOptions
                spacing: Theme.margin

                BodyText {
                    Layout.fillWidth: true
                    text: qsTr("Other ways to get help:")
                    font.bold: true
                }
                Repeater {
                    model: screen.viewModel.options
                    delegate: SecondaryButton {
                        required property string modelData
                        objectName: "helpOption_" + modelData
                        Layout.fillWidth: true
                        text: modelData === "callback" ? qsTr("Ask for a call back")
                              : modelData === "online" ? qsTr("Carry on on your phone")
                              : qsTr("Talk to someone")
                        onClicked: screen.viewModel.chooseOption(modelData)
                    }
                }
            }
        }
        Item { Layout.fillHeight: true }
        BigButton {
            objectName: screen.wide ? "" : "closeHelpButton"
            Layout.fillWidth: true
            visible: !screen.wide
            text: qsTr("Go back")
            onClicked: screen.viewModel.close()
        }
    }
}

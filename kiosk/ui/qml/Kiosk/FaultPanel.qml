import QtQuick
import QtQuick.Layouts

// A calm full-screen message when the scanner or printer needs attention:
// what is wrong, what to do, "Try again" and "Get help". The screen under it,
// and everything the resident did, stays as it was.
Rectangle {
    id: panel
    property string title: ""
    property string message: ""
    property bool canTryAgain: true
    signal tryAgain()
    signal askHelp()
    objectName: "faultPanel"
    color: Theme.background
    visible: message !== ""
    // A fault is a warning: read aloud at once when it shows or changes.
    onVisibleChanged: if (visible) Speech.warn(title, message)
    onMessageChanged: if (visible) Speech.warn(title, message)

    MouseArea { anchors.fill: parent; Accessible.ignored: true }

    // Portrait: one column, the buttons at the bottom. Wide (landscape): what
    // is wrong on one side, the buttons on the other, so both stay on a
    // 1080 px tall screen even with bigger text. Scrolls if it still does not fit.
    readonly property bool wide: width > height

    ScrollingColumn {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: panel.wide ? 2 : 1
            // Side by side: two equal halves.
            uniformCellWidths: true
            columnSpacing: Theme.margin
            rowSpacing: Theme.margin

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.margin

                Item { Layout.fillHeight: true }
                Rectangle {
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: Theme.heroSize * 2
                    Layout.preferredHeight: Theme.heroSize * 2
                    radius: width / 2
                    color: Theme.notice
                    border.width: 6
                    border.color: Theme.border
                    Accessible.ignored: true
                    Text {
                        anchors.centerIn: parent
                        text: "!"
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.heroSize
                        font.bold: true
                    }
                }
                Heading {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: panel.title
                }
                BodyText {
                    objectName: "faultMessage"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: panel.message
                    font.pixelSize: Theme.titleSize
                }
                Item { Layout.fillHeight: true }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: panel.wide
                spacing: Theme.margin

                Item { Layout.fillHeight: true; visible: panel.wide }
                BigButton {
                    objectName: "tryAgainButton"
                    Layout.fillWidth: true
                    visible: panel.canTryAgain
                    text: qsTr("Try again")
                    onClicked: panel.tryAgain()
                }
                SecondaryButton {
                    objectName: "faultHelpButton"
                    Layout.fillWidth: true
                    text: qsTr("Get help")
                    onClicked: panel.askHelp()
                }
                Item { Layout.fillHeight: true; visible: panel.wide }
            }
        }
    }
}

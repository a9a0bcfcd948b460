import QtQuick
import QtQuick.Layouts
import Kiosk.ViewModels

// What a passer-by sees: the council, what the station does, "Touch to start".
// The whole screen is one large target, so any touch starts.
Rectangle {
    id: screen
    required property AttractViewModel viewModel
    required property LanguageViewModel language
    readonly property string screenName: "attract"
    readonly property bool wide: width > height
    signal displayAsked()
    color: Theme.background

    MouseArea {
        anchors.fill: parent
        onClicked: screen.viewModel.start()
        Accessible.ignored: true
    }

    Rectangle {
        id: banner
        anchors { top: parent.top; left: parent.left; right: parent.right }
        // Taller when the council's name needs more lines (bigger text, a tall script).
        readonly property real baseHeight: Math.max(screen.height * 0.14, 180)
        height: Math.max(baseHeight, bannerRow.implicitHeight + 2 * Theme.margin)
        color: Theme.brand

        RowLayout {
            id: bannerRow
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.margin / 2
            Image {
                source: screen.viewModel.logoUrl
                visible: source.toString() !== ""
                Layout.preferredHeight: banner.baseHeight - 2 * Theme.margin
                Layout.preferredWidth: Layout.preferredHeight
                fillMode: Image.PreserveAspectFit
                sourceSize.height: 256
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("%1 logo").arg(screen.viewModel.councilName)
            }
            Text {
                Layout.fillWidth: true
                text: screen.viewModel.councilName
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

    ScrollingColumn {
        anchors { top: banner.bottom; left: parent.left; right: parent.right; bottom: footer.top }
        anchors.margins: Theme.margin
        spacing: Theme.margin

        Item { Layout.fillHeight: true }
        Text {
            Layout.fillWidth: true
            text: screen.viewModel.tagline
            visible: text !== ""
            color: Theme.text
            font.family: Theme.fontFamily
            // A landscape screen is short: a smaller line here keeps "Touch to
            // start" on it at 200 % (seen cut off on the 1920 x 1080 screenshots).
            font.pixelSize: screen.wide ? Theme.titleSize : Theme.headingSize
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        // On a landscape screen the languages sit beside "Touch to start", so
        // both fit without a swipe at bigger text too; below it on a portrait one.
        GridLayout {
            Layout.fillWidth: true
            columns: screen.wide ? 2 : 1
            uniformCellWidths: true
            columnSpacing: Theme.margin
            rowSpacing: Theme.margin * 2

            BigButton {
                objectName: "startButton"
                // At the top of its row: when the languages beside it need a
                // swipe (200 % on a landscape screen), it still shows whole.
                Layout.alignment: Qt.AlignHCenter | Qt.AlignTop
                Layout.fillWidth: true
                Layout.maximumWidth: 900
                Layout.preferredHeight: Math.max(Theme.buttonHeight * (screen.wide ? 1.5 : 2), implicitHeight)
                text: qsTr("Touch to start")
                textSize: Theme.heroSize
                onClicked: screen.viewModel.start()
            }
            // Tapping a language picks it and starts.
            LanguageChoices {
                objectName: "attractLanguages"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                language: screen.language
                onChosen: (code) => {
                    screen.language.choose(code)
                    screen.viewModel.start()
                }
            }
        }
        Item { Layout.fillHeight: true }
        // Help, reading aloud and bigger text before the resident starts: at
        // the foot of the screen when all fits, else after the languages, so
        // "Touch to start" keeps the room (it was cut at 200 % on a landscape
        // screen while these sat fixed below the scrolling part).
        Flow {
            id: attractControls
            Layout.fillWidth: true
            spacing: Theme.margin / 4
            SecondaryButton {
                objectName: "attractHelpButton"
                width: Math.min(implicitWidth, attractControls.width)
                text: qsTr("Get help")
                onClicked: screen.viewModel.askHelp()
            }
            ReadAloudButton {
                objectName: "attractReadAloudButton"
                width: Math.min(implicitWidth, attractControls.width)
                textSize: Theme.titleSize
            }
            SecondaryButton {
                objectName: "attractBiggerTextButton"
                width: Math.min(implicitWidth, attractControls.width)
                text: qsTr("Bigger text")
                Accessible.name: qsTr("Bigger text, colours and sound")
                onClicked: screen.displayAsked()
            }
        }
    }

    Text {
        id: footer
        anchors { bottom: parent.bottom; horizontalCenter: parent.horizontalCenter }
        anchors.bottomMargin: Theme.margin
        text: screen.viewModel.stationName
        color: Theme.secondaryText
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}

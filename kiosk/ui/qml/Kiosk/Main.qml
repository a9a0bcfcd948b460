import QtQuick
import QtQuick.Controls
import QtQuick.VirtualKeyboard
import Kiosk.ViewModels

// The one window. It shows the current screen; the on-screen keyboard lives
// inside it (not in a window of its own), so it appears in screenshots and
// its keys can be tapped in tests.
ApplicationWindow {
    id: root
    required property AttractViewModel attract
    required property JourneyViewModel journey
    required property ServiceViewModel services
    required property DetailsViewModel details
    required property CaptureViewModel capture
    required property ReviewViewModel review
    required property CheckViewModel check
    required property ConfirmationViewModel confirmation
    required property StationViewModel station
    required property FormsViewModel forms
    required property CopyViewModel copy
    required property HelpViewModel help
    required property CallbackViewModel callback
    required property OnlineViewModel online
    required property ContactViewModel contact
    required property StaffViewModel staff
    required property LanguageViewModel language
    // Set by the app when training mode exists (kiosk/core/training.py); null otherwise.
    property TrainingViewModel training: null
    required property DisplayViewModel display
    required property SpeechViewModel speech
    readonly property string currentScreen: screens.currentItem ? screens.currentItem.screenName : ""

    title: qsTr("Council self-serve station")
    color: Theme.background
    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true
    // The language decides the font (Devanagari and Arabic: kiosk/ui/language.py).
    Binding { target: Theme; property: "fontFamily"; value: root.language.fontFamily }
    // The resident's text size, colours and "Read aloud" reach every screen.
    Binding { target: Theme; property: "textScale"; value: root.display.textScale }
    Binding { target: Theme; property: "highContrast"; value: root.display.highContrast }
    Binding { target: Speech; property: "service"; value: root.speech }

    // The journey (kiosk/core/journey.py) decides the screen; this only shows it.
    Component {
        id: attractScreen
        AttractScreen {
            viewModel: root.attract
            language: root.language
            onDisplayAsked: displayPanel.visible = true
        }
    }
    Component { id: serviceScreen; ServiceScreen { viewModel: root.services; station: root.station } }
    Component { id: detailsScreen; DetailsScreen { viewModel: root.details } }
    Component {
        id: captureScreen
        CaptureScreen { viewModel: root.capture; onHelpAsked: root.help.ask() }
    }
    Component { id: reviewScreen; ReviewScreen { viewModel: root.review } }
    Component { id: checkScreen; CheckScreen { viewModel: root.check } }
    Component { id: sendingScreen; SendingScreen {} }
    Component {
        id: confirmationScreen
        ConfirmationScreen {
            viewModel: root.confirmation
            canPrintReceipt: root.station.canPrintReceipt
        }
    }
    Component { id: formsScreen; FormsScreen { viewModel: root.forms; onHelpAsked: root.help.ask() } }
    Component { id: copyScreen; CopyScreen { viewModel: root.copy; onHelpAsked: root.help.ask() } }
    Component { id: helpScreen; HelpScreen { viewModel: root.help } }
    Component { id: callbackScreen; CallbackScreen { viewModel: root.callback } }
    Component { id: onlineScreen; OnlineScreen { viewModel: root.online } }
    Component { id: contactScreen; ContactScreen { viewModel: root.contact } }
    readonly property var screenComponents: ({
        "attract": attractScreen, "service": serviceScreen, "details": detailsScreen,
        "capture": captureScreen, "review": reviewScreen, "check": checkScreen,
        "sending": sendingScreen, "confirmation": confirmationScreen,
        "forms": formsScreen, "copy": copyScreen, "help": helpScreen,
        "callback": callbackScreen, "online": onlineScreen, "contact": contactScreen
    })

    Connections {
        target: root.journey
        function onScreenChanged() {
            startAgainConfirm.visible = false
            languagePicker.visible = false
            Qt.inputMethod.hide()
            displayPanel.visible = false
            screens.replaceCurrentItem(root.screenComponents[root.journey.screen], {},
                                       StackView.Immediate)
            // After the new screen's bindings have settled.
            Qt.callLater(root.announceScreen)
        }
        function onIdleChanged() {
            if (root.journey.idleWarningShown)
                Qt.inputMethod.hide()
        }
    }
    Connections {
        target: root.speech
        property bool wasOn: false
        // Turned on: say where the resident is straight away.
        function onChanged() {
            // wasOn first: speaking emits changed again (the voice chosen).
            var turnedOn = root.speech.enabled && !wasOn
            wasOn = root.speech.enabled
            if (turnedOn)
                root.announceScreen()
        }
    }

    function announceScreen() {
        Speech.sayScreen(screens.currentItem)
    }

    // Training mode: a banner on every screen, above the rest, so nobody takes
    // a practice session for a real one.
    Rectangle {
        id: trainingBanner
        objectName: "trainingBanner"
        anchors { top: parent.top; left: parent.left; right: parent.right }
        z: 12
        visible: root.training !== null && root.training.active
        height: visible ? trainingText.implicitHeight + Theme.margin / 2 : 0
        color: Theme.training
        Accessible.role: Accessible.AlertMessage
        Accessible.name: trainingText.text

        Text {
            id: trainingText
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
            anchors.margins: Theme.margin / 2
            text: qsTr("TRAINING: this is practice. Nothing is sent to the council.")
            color: Theme.trainingText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
    }

    // Council name, "Read aloud", "Bigger text", "Get help" and "Start again"
    // on every screen but the attract screen. The buttons wrap onto more rows
    // when they do not fit in one (the stations' portrait screens, bigger text).
    Rectangle {
        id: topBar
        objectName: "topBar"
        anchors { top: trainingBanner.bottom; left: parent.left; right: parent.right }
        visible: root.journey.screen !== "attract"
        height: visible ? topButtons.height + Theme.margin / 2 : 0
        color: Theme.brand

        // The council's full name on the near side, never cut short: the
        // buttons leave it at least the width it takes on two lines, by
        // wrapping sooner, when that takes at most a third of the bar and,
        // on a landscape screen (little height to spare), no extra row of
        // buttons. Otherwise it shows only where the buttons leave room.
        Text {
            id: councilName
            objectName: "topBarCouncilName"
            readonly property real gap: Theme.margin / 4
            // The narrowest it can be on at most two lines (the best place to break).
            readonly property real narrowest: {
                if (nameMetrics.font.pixelSize <= 0)  // measured again when the size changes
                    return 0
                var words = text.split(" ")
                var best = nameMetrics.advanceWidth(text)
                for (var i = 1; i < words.length; ++i) {
                    best = Math.min(best, Math.max(
                        nameMetrics.advanceWidth(words.slice(0, i).join(" ")),
                        nameMetrics.advanceWidth(words.slice(i).join(" "))))
                }
                return Math.ceil(best) + 2
            }
            readonly property bool roomKept: {
                var full = topBar.width - Theme.margin
                var rest = full - narrowest - gap
                return narrowest + gap <= full / 3
                       && (root.height > root.width || topButtons.rowsAt(rest) === topButtons.rowsAt(full))
            }
            anchors.left: parent.left
            anchors.leftMargin: Theme.margin / 2
            anchors.verticalCenter: topButtons.verticalCenter
            width: Math.max(0, topBar.width - Theme.margin - topButtons.usedWidth - gap)
            height: topButtons.height
            visible: width >= narrowest && !truncated
            horizontalAlignment: Text.AlignLeft
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            text: root.attract.councilName
            color: Theme.brandText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.bold: true

            FontMetrics {
                id: nameMetrics
                font: councilName.font
            }
        }
        Flow {
            id: topButtons
            readonly property int buttonHeight: Theme.buttonHeight - Theme.margin / 2
            // The widest row of buttons (a hidden one takes no room).
            readonly property real usedWidth: {
                var rows = {}
                var widest = 0
                for (var i = 0; i < children.length; ++i) {
                    var button = children[i]
                    if (!button.visible)
                        continue
                    var row = Math.round(button.y)
                    rows[row] = row in rows ? rows[row] + spacing + button.width : button.width
                    widest = Math.max(widest, rows[row])
                }
                return widest
            }
            // How many rows the buttons would take in `width` (as the Flow places them).
            function rowsAt(width) {
                var rows = 0
                var x = 0
                for (var i = 0; i < children.length; ++i) {
                    var button = children[i]
                    if (!button.visible)
                        continue
                    var w = Math.min(button.implicitWidth, width)
                    if (rows === 0 || x + spacing + w > width) {
                        rows += 1
                        x = w
                    } else {
                        x += spacing + w
                    }
                }
                return rows
            }
            anchors { right: parent.right; verticalCenter: parent.verticalCenter }
            anchors.rightMargin: Theme.margin / 2
            width: topBar.width - Theme.margin
                   - (councilName.roomKept ? councilName.narrowest + councilName.gap : 0)
            spacing: Theme.margin / 4
            // From the far edge inwards, so "Start again" keeps its place.
            layoutDirection: Qt.RightToLeft

            SecondaryButton {
                id: startAgain
                objectName: "startAgainButton"
                height: topButtons.buttonHeight
                minWidth: Theme.minTouch * 2
                width: Math.min(implicitWidth, topButtons.width)
                sidePadding: Theme.margin / 3
                textSize: Theme.bodySize
                text: qsTr("Start again")
                onClicked: startAgainConfirm.visible = true
            }
            SecondaryButton {
                id: getHelp
                objectName: "getHelpButton"
                height: topButtons.buttonHeight
                minWidth: Theme.minTouch * 2
                width: Math.min(implicitWidth, topButtons.width)
                sidePadding: Theme.margin / 3
                visible: root.journey.screen !== "help" && root.journey.screen !== "sending"
                textSize: Theme.bodySize
                text: qsTr("Get help")
                onClicked: root.help.ask()
            }
            SecondaryButton {
                id: languageButton
                objectName: "languageButton"
                height: topButtons.buttonHeight
                minWidth: Theme.minTouch * 2
                width: Math.min(implicitWidth, topButtons.width)
                sidePadding: Theme.margin / 3
                textSize: Theme.bodySize
                text: root.language.name
                Accessible.name: qsTr("Language: %1").arg(root.language.name)
                onClicked: languagePicker.visible = true
            }
            SecondaryButton {
                objectName: "biggerTextButton"
                height: topButtons.buttonHeight
                minWidth: Theme.minTouch * 2
                width: Math.min(implicitWidth, topButtons.width)
                sidePadding: Theme.margin / 3
                textSize: Theme.bodySize
                text: qsTr("Bigger text")
                Accessible.name: qsTr("Bigger text, colours and sound")
                onClicked: displayPanel.visible = true
            }
            ReadAloudButton {
                height: topButtons.buttonHeight
                minWidth: Theme.minTouch * 2
                width: Math.min(implicitWidth, topButtons.width)
                sidePadding: Theme.margin / 3
            }
        }
    }

    // No voice for the resident's language: reading aloud is in English.
    Rectangle {
        id: speechNotice
        objectName: "speechNotice"
        anchors { top: topBar.bottom; left: parent.left; right: parent.right }
        visible: root.speech.notice !== ""
        height: visible ? noticeText.implicitHeight + Theme.margin / 2 : 0
        color: Theme.notice
        BodyText {
            id: noticeText
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
            anchors.margins: Theme.margin / 2
            text: root.speech.notice
        }
    }

    StackView {
        id: screens
        objectName: "screens"
        anchors { top: speechNotice.bottom; left: parent.left; right: parent.right; bottom: parent.bottom }
        anchors.bottomMargin: keyboardArea.height - keyboardArea.keyboardTop
        initialItem: attractScreen
    }

    // The on-screen keyboard is made after the attract screen's first frame
    // (kiosk/ui/window.py sets keyboardWanted), a little at a time between
    // frames: making it took longer than the attract screen itself, which has
    // no field to type in.
    property bool keyboardWanted: false
    Item {
        id: keyboardArea
        anchors.fill: parent
        // Where the screens end: the keyboard's top edge, the bottom while it hides.
        readonly property real keyboardTop: keyboardLoader.item ? keyboardLoader.item.y : height

        Loader {
            id: keyboardLoader
            objectName: "keyboardLoader"
            active: root.keyboardWanted
            asynchronous: true
            sourceComponent: InputPanel {
                objectName: "keyboard"
                // Full width on the portrait stations; on a landscape screen a full-width
                // keyboard would be half the screen tall and hide the field's buttons.
                width: Math.min(keyboardArea.width, 1080)
                x: (keyboardArea.width - width) / 2
                y: active ? keyboardArea.height - height : keyboardArea.height
            }
        }
    }

    StartAgainConfirm {
        id: startAgainConfirm
        anchors.fill: parent
        z: 10
        visible: false
        onConfirmed: root.journey.startAgain()
        onDismissed: visible = false
    }

    LanguagePicker {
        id: languagePicker
        anchors.fill: parent
        z: 10
        visible: false
        language: root.language
        onDismissed: visible = false
    }

    DisplayPanel {
        id: displayPanel
        anchors.fill: parent
        z: 10
        visible: false
        display: root.display
        onDismissed: visible = false
    }

    IdleWarning {
        anchors.fill: parent
        z: 11
        visible: root.journey.idleWarningShown
        secondsLeft: root.journey.idleSecondsLeft
        onMoreTimeClicked: root.journey.moreTime()
    }

    // Staff mode (issue 7): the out-of-service screen in place of the attract
    // screen, and the hidden gesture, PIN pad and staff screens above all.
    OutOfServiceScreen {
        anchors.fill: parent
        z: 12
        visible: root.staff.outOfService && root.journey.screen === "attract"
        message: root.staff.outOfServiceMessage
    }
    StaffOverlay {
        anchors.fill: parent
        z: 20
        staff: root.staff
        // Staff mode reads in English, left to right, whatever the resident
        // chose (kiosk/ui/language.py), and the hidden gesture's corners stay put.
        LayoutMirroring.enabled: false
        LayoutMirroring.childrenInherit: true
    }
}

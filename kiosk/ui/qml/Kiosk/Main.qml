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
    readonly property string currentScreen: screens.currentItem ? screens.currentItem.screenName : ""

    title: qsTr("Council self-serve station")
    color: Theme.background
    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    StackView {
        id: screens
        objectName: "screens"
        anchors { top: parent.top; left: parent.left; right: parent.right; bottom: keyboard.top }
        initialItem: AttractScreen { viewModel: root.attract }
    }

    InputPanel {
        id: keyboard
        objectName: "keyboard"
        anchors { left: parent.left; right: parent.right }
        y: active ? parent.height - height : parent.height
    }
}

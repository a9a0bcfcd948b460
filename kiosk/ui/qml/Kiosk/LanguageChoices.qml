import QtQuick
import Kiosk.ViewModels

// The station's languages as large buttons, three to a row on the portrait screen.
Flow {
    id: choices
    required property LanguageViewModel language
    signal chosen(string code)

    readonly property int columns: width >= 3 * Theme.minTouch * 4 + 2 * spacing ? 3 : 2
    spacing: Theme.margin / 2
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Languages")

    Repeater {
        model: choices.language.languages
        LanguageButton {
            required property var modelData
            code: modelData.code
            fontFamily: modelData.fontFamily
            text: modelData.name
            current: choices.language.code === modelData.code
            width: (choices.width - (choices.columns - 1) * choices.spacing) / choices.columns
            onClicked: choices.chosen(code)
        }
    }
}

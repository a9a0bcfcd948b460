import QtQuick
import Kiosk.ViewModels

// The station's languages as large buttons, up to three to a row: fewer when
// the longest name would not fit whole (bigger text, a narrow column).
Flow {
    id: choices
    required property LanguageViewModel language
    signal chosen(string code)

    // The widest button's own width (its name in full), over the buttons made.
    readonly property real widest: {
        let most = Theme.minTouch * 4
        for (let i = 0; i < children.length; ++i)
            most = Math.max(most, children[i].implicitWidth)
        return most
    }
    readonly property int columns: Math.max(1, Math.min(3, Math.floor((width + spacing) / (widest + spacing))))
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

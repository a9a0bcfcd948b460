import QtQuick
import QtQuick.Layouts

// A screen's column of content that scrolls when it no longer fits (bigger
// text, a long translation); when it fits it fills the screen as before, so
// spacers (Item { Layout.fillHeight: true }) still push buttons down.
Flickable {
    id: page
    default property alias content: column.data
    property alias spacing: column.spacing
    contentHeight: column.height
    // Only when it does not fit: a touch that cannot scroll anything reaches
    // what lies beneath (the attract screen's "touch anywhere to start").
    interactive: column.implicitHeight > page.height
    clip: true
    boundsBehavior: Flickable.StopAtBounds

    ColumnLayout {
        id: column
        width: page.width
        height: Math.max(implicitHeight, page.height)
    }
}

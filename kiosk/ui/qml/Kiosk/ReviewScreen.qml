import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk.ViewModels

// The pages scanned so far: turn or delete each, tap one to see it large
// (and move it, scan it again), scan more, or go on.
Rectangle {
    id: screen
    required property ReviewViewModel viewModel
    readonly property string screenName: "review"
    readonly property bool pageShown: viewModel.shownPage.id !== undefined
    readonly property bool wide: width > height
    color: Theme.background

    function askToDelete(page) {
        deleteConfirm.pageId = page.id
        deleteConfirm.pageNumber = page.number
        deleteConfirm.visible = true
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin / 2
        // Hidden, not just covered, while a page is seen large: screen readers
        // and touches only find what is on top.
        visible: !screen.pageShown

        Heading {
            Layout.fillWidth: true
            text: qsTr("Check your pages")
        }
        BodyText {
            Layout.fillWidth: true
            text: screen.viewModel.pageCount > 0
                  ? qsTr("Make sure every page is the right way up and easy to read. Tap a page to see it larger.")
                  : qsTr("There are no pages left. Scan at least one page to send.")
        }

        // Wide (landscape): the pages beside the buttons, so a whole row of
        // pages and "Continue" both fit a 1080 px tall screen.
        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: screen.wide ? 2 : 1
            columnSpacing: Theme.margin
            rowSpacing: Theme.margin / 2

            GridView {
                id: grid
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                cellWidth: width / 2
                // Room for two lines of button text at a bigger text size.
                cellHeight: 660 + Math.round(2.6 * (Theme.bodySize - 28))
                model: screen.viewModel.pages
                delegate: Item {
                    id: cell
                    required property var modelData
                    width: grid.cellWidth
                    height: grid.cellHeight

                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: 12
                        spacing: 8

                        Text {
                            Layout.fillWidth: true
                            text: qsTr("Page %1").arg(cell.modelData.number)
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.bodySize
                            font.bold: true
                        }
                        AbstractButton {
                            id: thumbnailButton
                            objectName: "page_" + cell.modelData.number
                            Layout.fillWidth: true
                            Layout.preferredHeight: 330
                            focusPolicy: Qt.StrongFocus
                            Accessible.role: Accessible.Button
                            Accessible.name: qsTr("See page %1 larger").arg(cell.modelData.number)
                            onClicked: screen.viewModel.showPage(cell.modelData.id)
                            background: Rectangle {
                                color: thumbnailButton.down ? Theme.secondaryPressed : Theme.secondary
                                border.width: thumbnailButton.visualFocus ? 6 : 2
                                border.color: thumbnailButton.visualFocus ? Theme.focus : Theme.border
                            }
                            contentItem: Item {
                                Image {
                                    anchors.centerIn: parent
                                    width: cell.modelData.rotation % 180 === 0 ? parent.width - 16 : parent.height - 16
                                    height: cell.modelData.rotation % 180 === 0 ? parent.height - 16 : parent.width - 16
                                    source: cell.modelData.thumbnail
                                    rotation: cell.modelData.rotation
                                    fillMode: Image.PreserveAspectFit
                                    asynchronous: true
                                    // One file per page id; turning changes `rotation`, not the file.
                                    cache: true
                                    Accessible.ignored: true
                                }
                            }
                        }
                        Text {
                            id: warningText
                            Layout.fillWidth: true
                            // Two lines in every language's font (Arabic lines are taller,
                            // and some Arabic words reach beyond the font's line spacing).
                            Layout.preferredHeight: Math.max(2 * warningLines.lineSpacing, implicitHeight)
                            text: cell.modelData.warning
                            color: Theme.error
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.bodySize
                            wrapMode: Text.WordWrap
                            // Two lines at most. Not ElideRight: with WordWrap it cut Arabic
                            // after its first line although two fitted (PySide6 6.12).
                            maximumLineCount: 2
                            FontMetrics { id: warningLines; font: warningText.font }
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 12
                            SecondaryButton {
                                objectName: "rotate_" + cell.modelData.number
                                Layout.fillWidth: true
                                Layout.preferredHeight: Math.max(96, implicitHeight)
                                textSize: Theme.bodySize
                                text: qsTr("Turn")
                                Accessible.name: qsTr("Turn page %1").arg(cell.modelData.number)
                                onClicked: screen.viewModel.rotate(cell.modelData.id)
                            }
                            BigButton {
                                objectName: "delete_" + cell.modelData.number
                                Layout.fillWidth: true
                                Layout.preferredHeight: Math.max(96, implicitHeight)
                                textSize: Theme.bodySize
                                fill: Theme.danger
                                pressedFill: Theme.dangerPressed
                                text: qsTr("Delete")
                                Accessible.name: qsTr("Delete page %1").arg(cell.modelData.number)
                                onClicked: screen.askToDelete(cell.modelData)
                            }
                        }
                    }
                }
            }

            ColumnLayout {
                Layout.fillWidth: !screen.wide
                Layout.fillHeight: screen.wide
                Layout.preferredWidth: screen.wide ? Math.round((screen.width - 3 * Theme.margin) / 3) : -1
                spacing: Theme.margin / 2

                Item { Layout.fillHeight: true; visible: screen.wide }
                BigButton {
                    objectName: "continueButton"
                    Layout.fillWidth: true
                    enabled: screen.viewModel.pageCount > 0
                    text: qsTr("Continue")
                    onClicked: screen.viewModel.accept()
                }
                SecondaryButton {
                    objectName: "scanMoreButton"
                    Layout.fillWidth: true
                    text: qsTr("Scan more pages")
                    onClicked: screen.viewModel.scanMore()
                }
            }
        }
    }

    // One page, as large as the screen allows, with everything that can be
    // done to it. Drawn inside the window (never a native dialog).
    Rectangle {
        id: pageView
        objectName: "pageView"
        anchors.fill: parent
        visible: screen.pageShown
        color: Theme.background
        readonly property var page: screen.viewModel.shownPage
        readonly property bool landscape: width > height

        MouseArea { anchors.fill: parent; Accessible.ignored: true }

        GridLayout {
            anchors.fill: parent
            anchors.margins: Theme.margin
            columns: pageView.landscape ? 2 : 1
            rowSpacing: Theme.margin / 2
            columnSpacing: Theme.margin

            Rectangle {
                id: pageFrame
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.rowSpan: pageView.landscape ? 3 : 1
                color: Theme.secondary
                border.width: 2
                border.color: Theme.border
                Image {
                    objectName: "pageImage"
                    readonly property bool upright: (pageView.page.rotation || 0) % 180 === 0
                    anchors.centerIn: parent
                    width: upright ? parent.width - 16 : parent.height - 16
                    height: upright ? parent.height - 16 : parent.width - 16
                    source: pageView.page.image || ""
                    rotation: pageView.page.rotation || 0
                    fillMode: Image.PreserveAspectFit
                    // Decoded off the GUI thread, at screen size rather than
                    // 300 dpi (the JPEG decoder scales while it reads).
                    asynchronous: true
                    sourceSize.width: Math.max(pageFrame.width, pageFrame.height)
                    sourceSize.height: Math.max(pageFrame.width, pageFrame.height)
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("Page %1").arg(pageView.page.number || 0)
                }
            }

            Heading {
                objectName: "pageViewHeading"
                Layout.fillWidth: true
                Layout.preferredWidth: pageView.landscape ? 640 : -1
                text: qsTr("Page %1 of %2").arg(pageView.page.number || 0).arg(screen.viewModel.pageCount)
                font.pixelSize: Theme.titleSize
            }
            BodyText {
                Layout.fillWidth: true
                Layout.preferredWidth: pageView.landscape ? 640 : -1
                text: pageView.page.warning || ""
                color: Theme.error
                font.bold: true
            }

            GridLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: pageView.landscape ? 640 : -1
                columns: 2
                rowSpacing: 12
                columnSpacing: 12

                SecondaryButton {
                    objectName: "pageViewTurn"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: Math.max(96, implicitHeight)
                    textSize: Theme.bodySize
                    text: qsTr("Turn")
                    Accessible.name: qsTr("Turn page %1").arg(pageView.page.number || 0)
                    onClicked: screen.viewModel.rotate(pageView.page.id)
                }
                SecondaryButton {
                    objectName: "pageViewScanAgain"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: Math.max(96, implicitHeight)
                    textSize: Theme.bodySize
                    text: qsTr("Scan this page again")
                    Accessible.name: qsTr("Scan page %1 again").arg(pageView.page.number || 0)
                    onClicked: screen.viewModel.scanAgain(pageView.page.id)
                }
                SecondaryButton {
                    objectName: "pageViewEarlier"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: Math.max(96, implicitHeight)
                    textSize: Theme.bodySize
                    enabled: pageView.page.first === false
                    text: qsTr("Move earlier")
                    Accessible.name: qsTr("Move page %1 earlier").arg(pageView.page.number || 0)
                    onClicked: screen.viewModel.moveEarlier(pageView.page.id)
                }
                SecondaryButton {
                    objectName: "pageViewLater"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: Math.max(96, implicitHeight)
                    textSize: Theme.bodySize
                    enabled: pageView.page.last === false
                    text: qsTr("Move later")
                    Accessible.name: qsTr("Move page %1 later").arg(pageView.page.number || 0)
                    onClicked: screen.viewModel.moveLater(pageView.page.id)
                }
                BigButton {
                    objectName: "pageViewDelete"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: Math.max(96, implicitHeight)
                    textSize: Theme.bodySize
                    fill: Theme.danger
                    pressedFill: Theme.dangerPressed
                    text: qsTr("Delete")
                    Accessible.name: qsTr("Delete page %1").arg(pageView.page.number || 0)
                    onClicked: screen.askToDelete(pageView.page)
                }
                BigButton {
                    objectName: "pageViewClose"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: Math.max(96, implicitHeight)
                    textSize: Theme.bodySize
                    text: qsTr("Close")
                    Accessible.name: qsTr("Close page %1").arg(pageView.page.number || 0)
                    onClicked: screen.viewModel.closePage()
                }
            }
        }
    }

    // "Delete page 2?" asked once more: a deleted page cannot come back.
    Rectangle {
        id: deleteConfirm
        objectName: "deleteConfirm"
        property string pageId: ""
        property int pageNumber: 0
        anchors.fill: parent
        visible: false
        color: Theme.scrim

        Connections {
            target: screen.viewModel
            // The pages changed under the question (e.g. a new session): drop it.
            function onPagesChanged() {
                if (!screen.viewModel.pages.some(p => p.id === deleteConfirm.pageId))
                    deleteConfirm.visible = false
            }
        }

        MouseArea { anchors.fill: parent; Accessible.ignored: true }

        Rectangle {
            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * Theme.margin, 960)
            implicitHeight: deleteCard.implicitHeight + 2 * Theme.margin
            color: Theme.background
            radius: 8

            ColumnLayout {
                id: deleteCard
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
                anchors.margins: Theme.margin
                spacing: Theme.margin / 2

                Heading {
                    objectName: "deleteQuestion"
                    Layout.fillWidth: true
                    text: qsTr("Delete page %1?").arg(deleteConfirm.pageNumber)
                }
                BodyText {
                    Layout.fillWidth: true
                    text: qsTr("You can scan it again afterwards if you need it.")
                }
                BigButton {
                    objectName: "confirmDeleteButton"
                    Layout.fillWidth: true
                    fill: Theme.danger
                    pressedFill: Theme.dangerPressed
                    textSize: Theme.titleSize
                    text: qsTr("Yes, delete page %1").arg(deleteConfirm.pageNumber)
                    onClicked: {
                        deleteConfirm.visible = false
                        screen.viewModel.remove(deleteConfirm.pageId)
                    }
                }
                SecondaryButton {
                    objectName: "keepPageButton"
                    Layout.fillWidth: true
                    text: qsTr("No, keep it")
                    onClicked: deleteConfirm.visible = false
                }
            }
        }
    }
}

import QtQuick
import QtQuick.Layouts

// A service's public web address as a QR code and in large text, with the
// services to choose from when there is more than one (OnlineViewModel,
// ContactViewModel). The code is dark on white in every theme: phone cameras
// read it that way.
ColumnLayout {
    id: block
    required property QtObject viewModel
    // What to say above the choice of service.
    property string chooseText: qsTr("Which service?")
    spacing: Theme.margin / 2

    BodyText {
        Layout.fillWidth: true
        visible: block.viewModel.services.length > 1
        text: block.chooseText
        font.bold: true
    }
    Repeater {
        model: block.viewModel.services.length > 1 ? block.viewModel.services : []
        delegate: ChoiceButton {
            required property var modelData
            objectName: "addressService_" + modelData.id
            Layout.fillWidth: true
            label: modelData.title
            chosen: modelData.chosen
            onClicked: block.viewModel.choose(modelData.id)
        }
    }
    Rectangle {
        Layout.alignment: Qt.AlignHCenter
        Layout.topMargin: Theme.margin / 2
        visible: block.viewModel.qrSource !== ""
        implicitWidth: 400
        implicitHeight: 400
        color: "#ffffff"
        border.width: 2
        border.color: Theme.border
        Image {
            objectName: "qrCode"
            anchors.centerIn: parent
            width: 360
            height: 360
            sourceSize: Qt.size(360, 360)
            source: block.viewModel.qrSource
            asynchronous: true
            smooth: false
            fillMode: Image.PreserveAspectFit
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("QR code for %1").arg(block.viewModel.address)
        }
    }
    Text {
        objectName: "address"
        Layout.fillWidth: true
        visible: text !== ""
        // Web addresses read left to right in every language.
        horizontalAlignment: Text.AlignHCenter
        text: block.viewModel.shownAddress
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.titleSize
        font.bold: true
        wrapMode: Text.WrapAnywhere
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}

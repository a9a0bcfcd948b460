<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en_GB">
<context>
    <name>AttractScreen</name>
    <message>
        <source>%1 logo</source>
        <translation>%1 logo</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Touch to start</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Get help</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Bigger text</translation>
    </message>
    <message>
        <source>Bigger text, colours and sound</source>
        <translation>Bigger text, colours and sound</translation>
    </message>
</context>
<context>
    <name>CallbackScreen</name>
    <message>
        <source>We will call you</source>
        <translation>We will call you</translation>
    </message>
    <message>
        <source>Ask for a call back</source>
        <translation>Ask for a call back</translation>
    </message>
    <message>
        <source>Give us your phone number. Someone from the council will call you.</source>
        <translation>Give us your phone number. Someone from the council will call you.</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>What is it about?</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>Your phone number</translation>
    </message>
    <message>
        <source>For example, 07911 123456</source>
        <translation>For example, 07911 123456</translation>
    </message>
    <message>
        <source>When should we call?</source>
        <translation>When should we call?</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Sorry, we could not take your request. Please ask a member of staff.</source>
        <translation>Sorry, we could not take your request. Please ask a member of staff.</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>Please wait…</translation>
    </message>
    <message>
        <source>Write down your reference. Give it to us when we call.</source>
        <translation>Write down your reference. Give it to us when we call.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
</context>
<context>
    <name>CallbackViewModel</name>
    <message>
        <source>Please type your phone number.</source>
        <translation>Please type your phone number.</translation>
    </message>
    <message>
        <source>We can only call UK numbers. Start with 0, or with +44.</source>
        <translation>We can only call UK numbers. Start with 0, or with +44.</translation>
    </message>
    <message>
        <source>We cannot call this kind of number. Please give a landline or mobile.</source>
        <translation>We cannot call this kind of number. Please give a landline or mobile.</translation>
    </message>
    <message>
        <source>Check the number. UK numbers have 11 digits and start with 0, like 020 8854 8888 or 07911 123456.</source>
        <translation>Check the number. UK numbers have 11 digits and start with 0, like 020 8854 8888 or 07911 123456.</translation>
    </message>
    <message>
        <source>Please choose who should call you.</source>
        <translation>Please choose who should call you.</translation>
    </message>
</context>
<context>
    <name>CaptureScreen</name>
    <message>
        <source>Scan page %1 again</source>
        <translation>Scan page %1 again</translation>
    </message>
    <message>
        <source>Scan your documents</source>
        <translation>Scan your documents</translation>
    </message>
    <message>
        <source>Put your pages face up in the tray on top of the scanner, top edge first.</source>
        <translation>Put your pages face up in the tray on top of the scanner, top edge first.</translation>
    </message>
    <message>
        <source>Lift the scanner lid. Put one page face down on the glass, with its top left corner at the arrow. Close the lid.</source>
        <translation>Lift the scanner lid. Put one page face down on the glass, with its top left corner at the arrow. Close the lid.</translation>
    </message>
    <message>
        <source>A page on the scanner glass, in the top left corner</source>
        <translation>A page on the scanner glass, in the top left corner</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Your new scan will replace page %L1 of %L2</source>
        <translation>Your new scan will replace page %L1 of %L2</translation>
    </message>
    <message>
        <source>Pages scanned: %L1</source>
        <translation>Pages scanned: %L1</translation>
    </message>
    <message>
        <source>Scanning… %L1%</source>
        <translation>Scanning… %L1%</translation>
    </message>
    <message>
        <source>Scanning progress</source>
        <translation>Scanning progress</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Scan another page</source>
        <translation>Scan another page</translation>
    </message>
    <message>
        <source>Stop scanning</source>
        <translation>Stop scanning</translation>
    </message>
    <message>
        <source>I&apos;ve finished</source>
        <translation>I&apos;ve finished</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Keep the old page</source>
        <translation>Keep the old page</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check and send</source>
        <translation>Check and send</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Back to my pages</source>
        <translation>Back to my pages</translation>
    </message>
</context>
<context>
    <name>CheckViewModel</name>
    <message>
        <source>Your documents could not be sent from this station. Please ask a member of staff for help.</source>
        <translation>Your documents could not be sent from this station. Please ask a member of staff for help.</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Documents sent</source>
        <translation>Documents sent</translation>
    </message>
    <message>
        <source>Sent on %1 at %2</source>
        <translation>Sent on %1 at %2</translation>
    </message>
    <message>
        <source>Write this reference down or take a photo of this screen. You will need it if you contact us about these documents.</source>
        <translation>Write this reference down or take a photo of this screen. You will need it if you contact us about these documents.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>What happens next</translation>
    </message>
    <message>
        <source>Your receipt has printed. Please take it from the printer.</source>
        <translation>Your receipt has printed. Please take it from the printer.</translation>
    </message>
    <message>
        <source>Print a receipt</source>
        <translation>Print a receipt</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>ConfirmationViewModel</name>
    <message>
        <source>We are printing your receipt.</source>
        <translation>We are printing your receipt.</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <source>Talk to someone</source>
        <translation>Talk to someone</translation>
    </message>
    <message>
        <source>Phone the council.</source>
        <translation>Phone the council.</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Open: %1</translation>
    </message>
    <message>
        <source>You can also book a video call. Point your phone camera at the square code.</source>
        <translation>You can also book a video call. Point your phone camera at the square code.</translation>
    </message>
    <message>
        <source>Which service do you want a video call with?</source>
        <translation>Which service do you want a video call with?</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
</context>
<context>
    <name>CopiesStepper</name>
    <message>
        <source>How many copies do you want?</source>
        <translation>How many copies do you want?</translation>
    </message>
    <message>
        <source>Fewer copies</source>
        <translation>Fewer copies</translation>
    </message>
    <message numerus="yes">
        <source>%Ln copies</source>
        <translation>
            <numerusform>%Ln copy</numerusform>
            <numerusform>%Ln copies</numerusform>
        </translation>
    </message>
    <message>
        <source>More copies</source>
        <translation>More copies</translation>
    </message>
</context>
<context>
    <name>CopyScreen</name>
    <message>
        <source>Copy a document</source>
        <translation>Copy a document</translation>
    </message>
    <message>
        <source>Lift the scanner lid. Put your page face down on the glass. Close the lid.</source>
        <translation>Lift the scanner lid. Put your page face down on the glass. Close the lid.</translation>
    </message>
    <message>
        <source>We do not keep a copy of your document.</source>
        <translation>We do not keep a copy of your document.</translation>
    </message>
    <message>
        <source>Colour or black and white?</source>
        <translation>Colour or black and white?</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>Black and white</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Scanning progress</source>
        <translation>Scanning progress</translation>
    </message>
    <message>
        <source>Your copy has printed. Take your copy from the printer and your page from the scanner.</source>
        <translation>Your copy has printed. Take your copy from the printer and your page from the scanner.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Copy another page</source>
        <translation>Copy another page</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>The printer needs attention</source>
        <translation>The printer needs attention</translation>
    </message>
</context>
<context>
    <name>CopyViewModel</name>
    <message>
        <source>We are scanning. Please wait.</source>
        <translation>We are scanning. Please wait.</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>Your details</source>
        <translation>Your details</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>DetailsViewModel</name>
    <message>
        <source>For example: %1</source>
        <translation>For example: %1</translation>
    </message>
    <message>
        <source>Please fill in this box.</source>
        <translation>Please fill in this box.</translation>
    </message>
    <message>
        <source>Check the number. It has %1 digits, like %2.</source>
        <translation>Check the number. It has %1 digits, like %2.</translation>
    </message>
    <message>
        <source>This does not look right. It should look like %1.</source>
        <translation>This does not look right. It should look like %1.</translation>
    </message>
    <message>
        <source>This does not look right. Please check what you typed.</source>
        <translation>This does not look right. Please check what you typed.</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Text, colours and sound</source>
        <translation>Text, colours and sound</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation>Text size %1 %</translation>
    </message>
    <message>
        <source>High contrast: on</source>
        <translation>High contrast: on</translation>
    </message>
    <message>
        <source>High contrast: off</source>
        <translation>High contrast: off</translation>
    </message>
    <message>
        <source>Volume: %1 %</source>
        <translation>Volume: %1 %</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Quieter</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Louder</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>FaultPanel</name>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Get help</translation>
    </message>
</context>
<context>
    <name>FormsScreen</name>
    <message>
        <source>Print a council form</source>
        <translation>Print a council form</translation>
    </message>
    <message>
        <source>Tap the form you want. Printing is free.</source>
        <translation>Tap the form you want. Printing is free.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message>
        <source>The first page of the form</source>
        <translation>The first page of the form</translation>
    </message>
    <message>
        <source>Your form has printed. Please take it from the printer.</source>
        <translation>Your form has printed. Please take it from the printer.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Print another form</source>
        <translation>Print another form</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>The printer needs attention</source>
        <translation>The printer needs attention</translation>
    </message>
</context>
<context>
    <name>FormsViewModel</name>
    <message>
        <source>Sending your form to the printer.</source>
        <translation>Sending your form to the printer.</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>A member of staff is coming</source>
        <translation>A member of staff is coming</translation>
    </message>
    <message>
        <source>A member of staff has been asked to come and help you</source>
        <translation>A member of staff has been asked to come and help you</translation>
    </message>
    <message>
        <source>Please stay at the station. Staff wear a council badge.</source>
        <translation>Please stay at the station. Staff wear a council badge.</translation>
    </message>
    <message>
        <source>What you have done so far is kept.</source>
        <translation>What you have done so far is kept.</translation>
    </message>
    <message>
        <source>Other ways to get help:</source>
        <translation>Other ways to get help:</translation>
    </message>
    <message>
        <source>Ask for a call back</source>
        <translation>Ask for a call back</translation>
    </message>
    <message>
        <source>Carry on on your phone</source>
        <translation>Carry on on your phone</translation>
    </message>
    <message>
        <source>Talk to someone</source>
        <translation>Talk to someone</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>To keep your documents private, we will delete them and start again in:</source>
        <translation>To keep your documents private, we will delete them and start again in:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln second</numerusform>
            <numerusform>%Ln seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>I need more time</translation>
    </message>
</context>
<context>
    <name>LanguageChoices</name>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Council self-serve station</source>
        <translation>Council self-serve station</translation>
    </message>
    <message>
        <source>TRAINING: this is practice. Nothing is sent to the council.</source>
        <translation>TRAINING: this is practice. Nothing is sent to the council.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Bigger text</translation>
    </message>
    <message>
        <source>Bigger text, colours and sound</source>
        <translation>Bigger text, colours and sound</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Get help</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
</context>
<context>
    <name>OnlineScreen</name>
    <message>
        <source>Carry on on your phone</source>
        <translation>Carry on on your phone</translation>
    </message>
    <message>
        <source>Point your phone camera at the square code. Your phone opens the council&apos;s web page.</source>
        <translation>Point your phone camera at the square code. Your phone opens the council&apos;s web page.</translation>
    </message>
    <message>
        <source>You can also type the address below.</source>
        <translation>You can also type the address below.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>Out of service</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <source>We are sorry about this.</source>
        <translation>We are sorry about this.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Staff sign-in</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>Enter your PIN</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) typed</source>
        <translation>
            <numerusform>%n digit typed</numerusform>
            <numerusform>%n digits typed</numerusform>
        </translation>
    </message>
    <message>
        <source>Digit %1</source>
        <translation>Digit %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PrintJobTracker</name>
    <message>
        <source>Printing. Please wait.</source>
        <translation>Printing. Please wait.</translation>
    </message>
    <message>
        <source>Please ask a member of staff for help.</source>
        <translation>Please ask a member of staff for help.</translation>
    </message>
    <message>
        <source>The printer has run out of paper. Please ask a member of staff to add paper. Your pages will print then.</source>
        <translation>The printer has run out of paper. Please ask a member of staff to add paper. Your pages will print then.</translation>
    </message>
    <message>
        <source>The printer has run out of ink.</source>
        <translation>The printer has run out of ink.</translation>
    </message>
    <message>
        <source>Paper is stuck in the printer.</source>
        <translation>Paper is stuck in the printer.</translation>
    </message>
    <message>
        <source>A door on the printer is open.</source>
        <translation>A door on the printer is open.</translation>
    </message>
    <message>
        <source>The printer is not working.</source>
        <translation>The printer is not working.</translation>
    </message>
    <message>
        <source>Your pages could not be printed. Please ask a member of staff for help.</source>
        <translation>Your pages could not be printed. Please ask a member of staff for help.</translation>
    </message>
</context>
<context>
    <name>PrintStatus</name>
    <message>
        <source>Printed. Please take your pages from the printer.</source>
        <translation>Printed. Please take your pages from the printer.</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Read aloud: on</source>
        <translation>Read aloud: on</translation>
    </message>
    <message>
        <source>Read aloud: off</source>
        <translation>Read aloud: off</translation>
    </message>
</context>
<context>
    <name>ReferenceText</name>
    <message>
        <source>Your reference</source>
        <translation>Your reference</translation>
    </message>
    <message>
        <source>Your reference is %1</source>
        <translation>Your reference is %1</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Check your pages</source>
        <translation>Check your pages</translation>
    </message>
    <message>
        <source>There are no pages left. Scan at least one page to send.</source>
        <translation>There are no pages left. Scan at least one page to send.</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Turn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Make sure every page is the right way up and easy to read. Tap a page to see it larger.</source>
        <translation>Make sure every page is the right way up and easy to read. Tap a page to see it larger.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>See page %1 larger</source>
        <translation>See page %1 larger</translation>
    </message>
    <message>
        <source>Turn page %1</source>
        <translation>Turn page %1</translation>
    </message>
    <message>
        <source>Delete page %1</source>
        <translation>Delete page %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Scan more pages</source>
        <translation>Scan more pages</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Scan this page again</source>
        <translation>Scan this page again</translation>
    </message>
    <message>
        <source>Scan page %1 again</source>
        <translation>Scan page %1 again</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Move earlier</translation>
    </message>
    <message>
        <source>Move page %1 earlier</source>
        <translation>Move page %1 earlier</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Move later</translation>
    </message>
    <message>
        <source>Move page %1 later</source>
        <translation>Move page %1 later</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close page %1</source>
        <translation>Close page %1</translation>
    </message>
    <message>
        <source>Delete page %1?</source>
        <translation>Delete page %1?</translation>
    </message>
    <message>
        <source>You can scan it again afterwards if you need it.</source>
        <translation>You can scan it again afterwards if you need it.</translation>
    </message>
    <message>
        <source>Yes, delete page %1</source>
        <translation>Yes, delete page %1</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>No, keep it</translation>
    </message>
</context>
<context>
    <name>ReviewViewModel</name>
    <message>
        <source>This page looks blank. Keep it or scan again?</source>
        <translation>This page looks blank. Keep it or scan again?</translation>
    </message>
    <message>
        <source>This page looks too dark. Keep it or scan again?</source>
        <translation>This page looks too dark. Keep it or scan again?</translation>
    </message>
    <message>
        <source>This page looks very faint. Keep it or scan again?</source>
        <translation>This page looks very faint. Keep it or scan again?</translation>
    </message>
    <message>
        <source>This page looks blurred. Keep it or scan again?</source>
        <translation>This page looks blurred. Keep it or scan again?</translation>
    </message>
    <message>
        <source>Part of this page may be cut off. Keep it or scan again?</source>
        <translation>Part of this page may be cut off. Keep it or scan again?</translation>
    </message>
    <message>
        <source>This page is very large. Keep it or scan again?</source>
        <translation>This page is very large. Keep it or scan again?</translation>
    </message>
</context>
<context>
    <name>ScannerFault</name>
    <message>
        <source>The paper is stuck in the scanner. Open the feeder and take the paper out. Then tap Try again.</source>
        <translation>The paper is stuck in the scanner. Open the feeder and take the paper out. Then tap Try again.</translation>
    </message>
    <message>
        <source>There is no paper in the feeder. Put your pages in and tap Try again.</source>
        <translation>There is no paper in the feeder. Put your pages in and tap Try again.</translation>
    </message>
    <message>
        <source>The scanner lid is open. Close it and tap Try again.</source>
        <translation>The scanner lid is open. Close it and tap Try again.</translation>
    </message>
    <message>
        <source>The scanner is busy. Wait a moment and tap Try again.</source>
        <translation>The scanner is busy. Wait a moment and tap Try again.</translation>
    </message>
    <message>
        <source>The scanner stopped answering. Tap Try again. If it stops again, please ask a member of staff for help.</source>
        <translation>The scanner stopped answering. Tap Try again. If it stops again, please ask a member of staff for help.</translation>
    </message>
    <message>
        <source>The scanner is not working. Please ask a member of staff for help.</source>
        <translation>The scanner is not working. Please ask a member of staff for help.</translation>
    </message>
    <message>
        <source>The scanner needs attention</source>
        <translation>The scanner needs attention</translation>
    </message>
    <message>
        <source>Scanning stopped. Your other pages are kept.</source>
        <translation>Scanning stopped. Your other pages are kept.</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>We are sending your documents. Please wait…</source>
        <translation>We are sending your documents. Please wait…</translation>
    </message>
</context>
<context>
    <name>ServiceAddress</name>
    <message>
        <source>Which service?</source>
        <translation>Which service?</translation>
    </message>
    <message>
        <source>QR code for %1</source>
        <translation>QR code for %1</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>Who are you sending documents to?</source>
        <translation>Who are you sending documents to?</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <source>Tap the council service that asked you for documents.</source>
        <translation>Tap the council service that asked you for documents.</translation>
    </message>
    <message>
        <source>You will need: %1</source>
        <translation>You will need: %1</translation>
    </message>
    <message>
        <source>Other things you can do here</source>
        <translation>Other things you can do here</translation>
    </message>
    <message>
        <source>Print a council form</source>
        <translation>Print a council form</translation>
    </message>
    <message>
        <source>Copy a document</source>
        <translation>Copy a document</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>SpeechViewModel</name>
    <message>
        <source>There is no voice for %1 here. The station will read aloud in English.</source>
        <translation>There is no voice for %1 here. The station will read aloud in English.</translation>
    </message>
</context>
<context>
    <name>StaffActions</name>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>End the current session now</source>
        <translation>End the current session now</translation>
    </message>
    <message>
        <source>Reset the station (wipe session data, reconnect scanner and printer)</source>
        <translation>Reset the station (wipe session data, reconnect scanner and printer)</translation>
    </message>
    <message>
        <source>Put back in service</source>
        <translation>Put back in service</translation>
    </message>
    <message>
        <source>Put out of service…</source>
        <translation>Put out of service…</translation>
    </message>
    <message>
        <source>End training mode (back to live services)</source>
        <translation>End training mode (back to live services)</translation>
    </message>
    <message>
        <source>Start training mode (sends to the sandbox)</source>
        <translation>Start training mode (sends to the sandbox)</translation>
    </message>
    <message>
        <source>Test scan (one page, nothing kept)</source>
        <translation>Test scan (one page, nothing kept)</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Test print</translation>
    </message>
    <message>
        <source>Cancel stuck print jobs</source>
        <translation>Cancel stuck print jobs</translation>
    </message>
    <message>
        <source>Retry parked sends</source>
        <translation>Retry parked sends</translation>
    </message>
</context>
<context>
    <name>StaffConfirm</name>
    <message>
        <source>End the resident&apos;s session now? What they typed and scanned will be deleted.</source>
        <translation>End the resident&apos;s session now? What they typed and scanned will be deleted.</translation>
    </message>
    <message>
        <source>Reset the station? The current session and all session data will be deleted, and the scanner and printer reconnected.</source>
        <translation>Reset the station? The current session and all session data will be deleted, and the scanner and printer reconnected.</translation>
    </message>
    <message>
        <source>Cancel every print job waiting on this station&apos;s printer, including a resident&apos;s?</source>
        <translation>Cancel every print job waiting on this station&apos;s printer, including a resident&apos;s?</translation>
    </message>
    <message>
        <source>Put the station out of service? Residents cannot use it until you put it back.</source>
        <translation>Put the station out of service? Residents cannot use it until you put it back.</translation>
    </message>
    <message>
        <source>Start training mode? The current session ends. Until you end training, everything sent goes to the sandbox, not to the council&apos;s services.</source>
        <translation>Start training mode? The current session ends. Until you end training, everything sent goes to the sandbox, not to the council&apos;s services.</translation>
    </message>
    <message>
        <source>End training mode? The practice session ends, and what residents send goes to the council&apos;s services again.</source>
        <translation>End training mode? The practice session ends, and what residents send goes to the council&apos;s services again.</translation>
    </message>
    <message>
        <source>Are you sure?</source>
        <translation>Are you sure?</translation>
    </message>
    <message>
        <source>Yes, do it</source>
        <translation>Yes, do it</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>No, go back</translation>
    </message>
</context>
<context>
    <name>StaffHeader</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Staff mode: %1</source>
        <translation>Staff mode: %1</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
</context>
<context>
    <name>StaffHelp</name>
    <message>
        <source>Help requests</source>
        <translation>Help requests</translation>
    </message>
    <message>
        <source>Nobody is waiting for help.</source>
        <translation>Nobody is waiting for help.</translation>
    </message>
    <message>
        <source>%1 – on the %2 screen</source>
        <translation>%1 – on the %2 screen</translation>
    </message>
    <message>
        <source>I&apos;m here</source>
        <translation>I&apos;m here</translation>
    </message>
    <message>
        <source>I&apos;m here, for the request at %1</source>
        <translation>I&apos;m here, for the request at %1</translation>
    </message>
</context>
<context>
    <name>StaffHome</name>
    <message>
        <source>Station health</source>
        <translation>Station health</translation>
    </message>
    <message>
        <source>Checking the scanner, printer, outbox and network…</source>
        <translation>Checking the scanner, printer, outbox and network…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARN</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>What to do: %1</translation>
    </message>
    <message>
        <source>Help requests (%1)</source>
        <translation>Help requests (%1)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
</context>
<context>
    <name>StaffOutOfServiceForm</name>
    <message>
        <source>Put out of service</source>
        <translation>Put out of service</translation>
    </message>
    <message>
        <source>Residents will see this message instead of the start screen until you put the station back in service. It stays after a restart.</source>
        <translation>Residents will see this message instead of the start screen until you put the station back in service. It stays after a restart.</translation>
    </message>
    <message>
        <source>Message for residents</source>
        <translation>Message for residents</translation>
    </message>
</context>
<context>
    <name>StaffViewModel</name>
    <message>
        <source>Staff sign-in is unavailable. Ask IT to check the staff PINs.</source>
        <translation>Staff sign-in is unavailable. Ask IT to check the staff PINs.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>That PIN is not right. Try again.</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 seconds</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Too many wrong PINs. Try again in %1.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>That did not work: %1</translation>
    </message>
</context>
<context>
    <name>StartAgainConfirm</name>
    <message>
        <source>Start again?</source>
        <translation>Start again?</translation>
    </message>
    <message>
        <source>Everything you have typed and scanned will be deleted.</source>
        <translation>Everything you have typed and scanned will be deleted.</translation>
    </message>
    <message>
        <source>Yes, start again</source>
        <translation>Yes, start again</translation>
    </message>
    <message>
        <source>No, carry on</source>
        <translation>No, carry on</translation>
    </message>
</context>
<context>
    <name>StationViewModel</name>
    <message>
        <source>Sorry, this station is not working at the moment. Please ask a member of staff for help.</source>
        <translation>Sorry, this station is not working at the moment. Please ask a member of staff for help.</translation>
    </message>
    <message>
        <source>The scanner is not working right now. You cannot send or copy here.</source>
        <translation>The scanner is not working right now. You cannot send or copy here.</translation>
    </message>
    <message>
        <source>You cannot send documents from here right now.</source>
        <translation>You cannot send documents from here right now.</translation>
    </message>
    <message>
        <source>The printer is not working right now. You cannot print or copy here.</source>
        <translation>The printer is not working right now. You cannot print or copy here.</translation>
    </message>
</context>
</TS>

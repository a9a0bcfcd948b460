<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en_GB">
<context>
    <name>AttractScreen</name>
    <message>
        <source>%1 logo</source>
        <translation type="unfinished">Sigla %1</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation type="unfinished">Atingeți pentru a începe</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished">Cereți ajutor</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation type="unfinished">Text mai mare</translation>
    </message>
    <message>
        <source>Bigger text, colours and sound</source>
        <translation type="unfinished">Text mai mare, culori și sunet</translation>
    </message>
</context>
<context>
    <name>CallbackScreen</name>
    <message>
        <source>We will call you</source>
        <translation type="unfinished">Vă vom suna</translation>
    </message>
    <message>
        <source>Ask for a call back</source>
        <translation type="unfinished">Cereți să vă sunăm</translation>
    </message>
    <message>
        <source>Give us your phone number. Someone from the council will call you.</source>
        <translation type="unfinished">Dați-ne numărul de telefon. Cineva de la primărie vă va suna.</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation type="unfinished">Despre ce este vorba?</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation type="unfinished">Numărul dvs. de telefon</translation>
    </message>
    <message>
        <source>For example, 07911 123456</source>
        <translation type="unfinished">De exemplu, 07911 123456</translation>
    </message>
    <message>
        <source>When should we call?</source>
        <translation type="unfinished">Când să vă sunăm?</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished">Dimineața</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation type="unfinished">După-amiaza</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished">Oricând</translation>
    </message>
    <message>
        <source>Sorry, we could not take your request. Please ask a member of staff.</source>
        <translation type="unfinished">Ne pare rău, nu am putut prelua cererea. Vă rugăm să cereți ajutorul unui angajat.</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation type="unfinished">Vă rugăm așteptați…</translation>
    </message>
    <message>
        <source>Write down your reference. Give it to us when we call.</source>
        <translation type="unfinished">Notați referința. Spuneți-ne-o când vă sunăm.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished">Înapoi</translation>
    </message>
</context>
<context>
    <name>CallbackViewModel</name>
    <message>
        <source>Please type your phone number.</source>
        <translation type="unfinished">Vă rugăm să scrieți numărul de telefon.</translation>
    </message>
    <message>
        <source>We can only call UK numbers. Start with 0, or with +44.</source>
        <translation type="unfinished">Putem suna doar numere din Regatul Unit. Începeți cu 0 sau cu +44.</translation>
    </message>
    <message>
        <source>We cannot call this kind of number. Please give a landline or mobile.</source>
        <translation type="unfinished">Nu putem suna acest tip de număr. Vă rugăm să dați un număr fix sau mobil.</translation>
    </message>
    <message>
        <source>Check the number. UK numbers have 11 digits and start with 0, like 020 8854 8888 or 07911 123456.</source>
        <translation type="unfinished">Verificați numărul. Numerele din Regatul Unit au 11 cifre și încep cu 0, de exemplu 020 8854 8888 sau 07911 123456.</translation>
    </message>
    <message>
        <source>Please choose who should call you.</source>
        <translation type="unfinished">Vă rugăm să alegeți cine să vă sune.</translation>
    </message>
</context>
<context>
    <name>CaptureScreen</name>
    <message>
        <source>Scan page %1 again</source>
        <translation type="unfinished">Scanați din nou pagina %L1</translation>
    </message>
    <message>
        <source>Scan your documents</source>
        <translation type="unfinished">Scanați documentele</translation>
    </message>
    <message>
        <source>Put your pages face up in the tray on top of the scanner, top edge first.</source>
        <translation type="unfinished">Puneți paginile cu fața în sus în tava de deasupra scanerului, cu marginea de sus înainte.</translation>
    </message>
    <message>
        <source>Lift the scanner lid. Put one page face down on the glass, with its top left corner at the arrow. Close the lid.</source>
        <translation type="unfinished">Ridicați capacul scanerului. Puneți o pagină cu fața în jos pe geam, cu colțul din stânga sus la săgeată. Închideți capacul.</translation>
    </message>
    <message>
        <source>A page on the scanner glass, in the top left corner</source>
        <translation type="unfinished">O pagină pe geamul scanerului, în colțul din stânga sus</translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished">Pagină</translation>
    </message>
    <message>
        <source>Your new scan will replace page %L1 of %L2</source>
        <translation type="unfinished">Noua scanare va înlocui pagina %L1 din %L2</translation>
    </message>
    <message>
        <source>Pages scanned: %L1</source>
        <translation type="unfinished">Pagini scanate: %L1</translation>
    </message>
    <message>
        <source>Scanning… %L1%</source>
        <translation type="unfinished">Se scanează… %L1%</translation>
    </message>
    <message>
        <source>Scanning progress</source>
        <translation type="unfinished">Progresul scanării</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished">Scanați</translation>
    </message>
    <message>
        <source>Scan another page</source>
        <translation type="unfinished">Scanați altă pagină</translation>
    </message>
    <message>
        <source>Stop scanning</source>
        <translation type="unfinished">Opriți scanarea</translation>
    </message>
    <message>
        <source>I&apos;ve finished</source>
        <translation type="unfinished">Am terminat</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Înapoi</translation>
    </message>
    <message>
        <source>Keep the old page</source>
        <translation type="unfinished">Păstrați pagina veche</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check and send</source>
        <translation type="unfinished">Verificați și trimiteți</translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished">Serviciu</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished">Pagini</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln pagină</numerusform>
            <numerusform>%Ln pagini</numerusform>
            <numerusform>%Ln de pagini</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished">Trimiteți</translation>
    </message>
    <message>
        <source>Back to my pages</source>
        <translation type="unfinished">Înapoi la paginile mele</translation>
    </message>
</context>
<context>
    <name>CheckViewModel</name>
    <message>
        <source>Your documents could not be sent from this station. Please ask a member of staff for help.</source>
        <translation type="unfinished">Documentele nu au putut fi trimise de la acest terminal. Cereți ajutor unui angajat.</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Documents sent</source>
        <translation type="unfinished">Documente trimise</translation>
    </message>
    <message>
        <source>Sent on %1 at %2</source>
        <translation type="unfinished">Trimis pe %1 la ora %2</translation>
    </message>
    <message>
        <source>Write this reference down or take a photo of this screen. You will need it if you contact us about these documents.</source>
        <translation type="unfinished">Notați acest număr sau faceți o fotografie a ecranului. Veți avea nevoie de el dacă ne contactați despre aceste documente.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished">Ce urmează</translation>
    </message>
    <message>
        <source>Your receipt has printed. Please take it from the printer.</source>
        <translation type="unfinished">Chitanța s-a tipărit. Luați-o din imprimantă.</translation>
    </message>
    <message>
        <source>Print a receipt</source>
        <translation type="unfinished">Tipăriți o chitanță</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">Terminați</translation>
    </message>
</context>
<context>
    <name>ConfirmationViewModel</name>
    <message>
        <source>We are printing your receipt.</source>
        <translation type="unfinished">Vă tipărim chitanța.</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <source>Talk to someone</source>
        <translation type="unfinished">Vorbiți cu cineva</translation>
    </message>
    <message>
        <source>Phone the council.</source>
        <translation type="unfinished">Sunați la primărie.</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished">Program: %1</translation>
    </message>
    <message>
        <source>You can also book a video call. Point your phone camera at the square code.</source>
        <translation type="unfinished">Puteți face și o programare pentru un apel video. Îndreptați camera telefonului spre codul pătrat.</translation>
    </message>
    <message>
        <source>Which service do you want a video call with?</source>
        <translation type="unfinished">Cu ce serviciu doriți un apel video?</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished">Înapoi</translation>
    </message>
</context>
<context>
    <name>CopiesStepper</name>
    <message>
        <source>How many copies do you want?</source>
        <translation type="unfinished">Câte copii doriți?</translation>
    </message>
    <message>
        <source>Fewer copies</source>
        <translation type="unfinished">Mai puține copii</translation>
    </message>
    <message numerus="yes">
        <source>%Ln copies</source>
        <translation type="unfinished">
            <numerusform>%Ln copie</numerusform>
            <numerusform>%Ln copii</numerusform>
            <numerusform>%Ln de copii</numerusform>
        </translation>
    </message>
    <message>
        <source>More copies</source>
        <translation type="unfinished">Mai multe copii</translation>
    </message>
</context>
<context>
    <name>CopyScreen</name>
    <message>
        <source>Copy a document</source>
        <translation type="unfinished">Copiați un document</translation>
    </message>
    <message>
        <source>Lift the scanner lid. Put your page face down on the glass. Close the lid.</source>
        <translation type="unfinished">Ridicați capacul scanerului. Puneți pagina cu fața în jos pe geam. Închideți capacul.</translation>
    </message>
    <message>
        <source>We do not keep a copy of your document.</source>
        <translation type="unfinished">Nu păstrăm o copie a documentului.</translation>
    </message>
    <message>
        <source>Colour or black and white?</source>
        <translation type="unfinished">Color sau alb-negru?</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation type="unfinished">Alb-negru</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished">Color</translation>
    </message>
    <message>
        <source>Scanning progress</source>
        <translation type="unfinished">Progresul scanării</translation>
    </message>
    <message>
        <source>Your copy has printed. Take your copy from the printer and your page from the scanner.</source>
        <translation type="unfinished">Copia s-a tipărit. Luați copia din imprimantă și pagina din scaner.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished">Copiați</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">Terminați</translation>
    </message>
    <message>
        <source>Copy another page</source>
        <translation type="unfinished">Copiați altă pagină</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Înapoi</translation>
    </message>
    <message>
        <source>The printer needs attention</source>
        <translation type="unfinished">Imprimanta are o problemă</translation>
    </message>
</context>
<context>
    <name>CopyViewModel</name>
    <message>
        <source>We are scanning. Please wait.</source>
        <translation type="unfinished">Scanăm. Vă rugăm să așteptați.</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>Your details</source>
        <translation type="unfinished">Datele dumneavoastră</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished">%1 (opțional)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Continuați</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Înapoi</translation>
    </message>
</context>
<context>
    <name>DetailsViewModel</name>
    <message>
        <source>For example: %1</source>
        <translation type="unfinished">De exemplu: %1</translation>
    </message>
    <message>
        <source>Please fill in this box.</source>
        <translation type="unfinished">Completați această căsuță.</translation>
    </message>
    <message>
        <source>Check the number. It has %1 digits, like %2.</source>
        <translation type="unfinished">Verificați numărul. Are %1 cifre, de exemplu %2.</translation>
    </message>
    <message>
        <source>This does not look right. It should look like %1.</source>
        <translation type="unfinished">Nu pare corect. Ar trebui să arate așa: %1.</translation>
    </message>
    <message>
        <source>This does not look right. Please check what you typed.</source>
        <translation type="unfinished">Nu pare corect. Verificați ce ați scris.</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Text, colours and sound</source>
        <translation type="unfinished">Text, culori și sunet</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">Mărimea textului</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished">%1%</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation type="unfinished">Mărimea textului %1%</translation>
    </message>
    <message>
        <source>High contrast: on</source>
        <translation type="unfinished">Contrast ridicat: pornit</translation>
    </message>
    <message>
        <source>High contrast: off</source>
        <translation type="unfinished">Contrast ridicat: oprit</translation>
    </message>
    <message>
        <source>Volume: %1 %</source>
        <translation type="unfinished">Volum: %1%</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation type="unfinished">Mai încet</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished">Mai tare</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Gata</translation>
    </message>
</context>
<context>
    <name>FaultPanel</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished">Încercați din nou</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished">Cereți ajutor</translation>
    </message>
</context>
<context>
    <name>FormsScreen</name>
    <message>
        <source>Print a council form</source>
        <translation type="unfinished">Tipăriți un formular al primăriei</translation>
    </message>
    <message>
        <source>Tap the form you want. Printing is free.</source>
        <translation type="unfinished">Atingeți formularul dorit. Tipărirea este gratuită.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln pagină</numerusform>
            <numerusform>%Ln pagini</numerusform>
            <numerusform>%Ln de pagini</numerusform>
        </translation>
    </message>
    <message>
        <source>The first page of the form</source>
        <translation type="unfinished">Prima pagină a formularului</translation>
    </message>
    <message>
        <source>Your form has printed. Please take it from the printer.</source>
        <translation type="unfinished">Formularul s-a tipărit. Luați-l din imprimantă.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished">Tipăriți</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">Terminați</translation>
    </message>
    <message>
        <source>Print another form</source>
        <translation type="unfinished">Tipăriți alt formular</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Înapoi</translation>
    </message>
    <message>
        <source>The printer needs attention</source>
        <translation type="unfinished">Imprimanta are o problemă</translation>
    </message>
</context>
<context>
    <name>FormsViewModel</name>
    <message>
        <source>Sending your form to the printer.</source>
        <translation type="unfinished">Se trimite formularul la imprimantă.</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>A member of staff is coming</source>
        <translation type="unfinished">Vine un angajat</translation>
    </message>
    <message>
        <source>A member of staff has been asked to come and help you</source>
        <translation type="unfinished">Am cerut unui angajat să vină să vă ajute</translation>
    </message>
    <message>
        <source>Please stay at the station. Staff wear a council badge.</source>
        <translation type="unfinished">Rămâneți lângă terminal. Angajații poartă un ecuson al primăriei.</translation>
    </message>
    <message>
        <source>What you have done so far is kept.</source>
        <translation type="unfinished">Ce ați făcut până acum este păstrat.</translation>
    </message>
    <message>
        <source>Other ways to get help:</source>
        <translation type="unfinished">Alte moduri de a primi ajutor:</translation>
    </message>
    <message>
        <source>Ask for a call back</source>
        <translation type="unfinished">Cereți să vă sunăm</translation>
    </message>
    <message>
        <source>Carry on on your phone</source>
        <translation type="unfinished">Continuați pe telefon</translation>
    </message>
    <message>
        <source>Talk to someone</source>
        <translation type="unfinished">Vorbiți cu cineva</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished">Înapoi</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">Mai sunteți aici?</translation>
    </message>
    <message>
        <source>To keep your documents private, we will delete them and start again in:</source>
        <translation type="unfinished">Ca să vă protejăm documentele, le vom șterge și vom începe din nou în:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln secundă</numerusform>
            <numerusform>%Ln secunde</numerusform>
            <numerusform>%Ln de secunde</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation type="unfinished">Am nevoie de mai mult timp</translation>
    </message>
</context>
<context>
    <name>LanguageChoices</name>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Limbi</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation type="unfinished">Alegeți limba</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Închideți</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Council self-serve station</source>
        <translation type="unfinished">Terminal de autoservire al primăriei</translation>
    </message>
    <message>
        <source>TRAINING: this is practice. Nothing is sent to the council.</source>
        <translation type="unfinished">INSTRUIRE: acesta este un exercițiu. Nimic nu este trimis la consiliu.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished">Limba: %1</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation type="unfinished">Text mai mare</translation>
    </message>
    <message>
        <source>Bigger text, colours and sound</source>
        <translation type="unfinished">Text mai mare, culori și sunet</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished">Cereți ajutor</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished">Începeți din nou</translation>
    </message>
</context>
<context>
    <name>OnlineScreen</name>
    <message>
        <source>Carry on on your phone</source>
        <translation type="unfinished">Continuați pe telefon</translation>
    </message>
    <message>
        <source>Point your phone camera at the square code. Your phone opens the council&apos;s web page.</source>
        <translation type="unfinished">Îndreptați camera telefonului spre codul pătrat. Telefonul deschide pagina web a primăriei.</translation>
    </message>
    <message>
        <source>You can also type the address below.</source>
        <translation type="unfinished">Puteți scrie și adresa de mai jos.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished">Înapoi</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>Out of service</source>
        <translation type="unfinished">Nu funcționează</translation>
    </message>
    <message>
        <source>We are sorry about this.</source>
        <translation type="unfinished">Ne pare rău.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) typed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Digit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintJobTracker</name>
    <message>
        <source>Printing. Please wait.</source>
        <translation type="unfinished">Se tipărește. Așteptați.</translation>
    </message>
    <message>
        <source>Please ask a member of staff for help.</source>
        <translation type="unfinished">Cereți ajutor unui angajat.</translation>
    </message>
    <message>
        <source>The printer has run out of paper. Please ask a member of staff to add paper. Your pages will print then.</source>
        <translation type="unfinished">Imprimanta nu mai are hârtie. Cereți unui angajat să pună hârtie. Apoi paginile se vor tipări.</translation>
    </message>
    <message>
        <source>The printer has run out of ink.</source>
        <translation type="unfinished">Imprimanta nu mai are cerneală.</translation>
    </message>
    <message>
        <source>Paper is stuck in the printer.</source>
        <translation type="unfinished">Hârtia s-a blocat în imprimantă.</translation>
    </message>
    <message>
        <source>A door on the printer is open.</source>
        <translation type="unfinished">O ușă a imprimantei este deschisă.</translation>
    </message>
    <message>
        <source>The printer is not working.</source>
        <translation type="unfinished">Imprimanta nu funcționează.</translation>
    </message>
    <message>
        <source>Your pages could not be printed. Please ask a member of staff for help.</source>
        <translation type="unfinished">Paginile nu au putut fi tipărite. Cereți ajutor unui angajat.</translation>
    </message>
</context>
<context>
    <name>PrintStatus</name>
    <message>
        <source>Printed. Please take your pages from the printer.</source>
        <translation type="unfinished">S-a tipărit. Luați paginile din imprimantă.</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Read aloud: on</source>
        <translation type="unfinished">Citire cu voce tare: pornită</translation>
    </message>
    <message>
        <source>Read aloud: off</source>
        <translation type="unfinished">Citire cu voce tare: oprită</translation>
    </message>
</context>
<context>
    <name>ReferenceText</name>
    <message>
        <source>Your reference</source>
        <translation type="unfinished">Numărul de referință</translation>
    </message>
    <message>
        <source>Your reference is %1</source>
        <translation type="unfinished">Numărul de referință este %1</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Check your pages</source>
        <translation type="unfinished">Verificați paginile</translation>
    </message>
    <message>
        <source>There are no pages left. Scan at least one page to send.</source>
        <translation type="unfinished">Nu a mai rămas nicio pagină. Scanați cel puțin o pagină ca să trimiteți.</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation type="unfinished">Rotiți</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Ștergeți</translation>
    </message>
    <message>
        <source>Make sure every page is the right way up and easy to read. Tap a page to see it larger.</source>
        <translation type="unfinished">Verificați că fiecare pagină este pusă corect și se citește ușor. Atingeți o pagină ca să o vedeți mai mare.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished">Pagina %L1</translation>
    </message>
    <message>
        <source>See page %1 larger</source>
        <translation type="unfinished">Vedeți pagina %L1 mai mare</translation>
    </message>
    <message>
        <source>Turn page %1</source>
        <translation type="unfinished">Rotiți pagina %L1</translation>
    </message>
    <message>
        <source>Delete page %1</source>
        <translation type="unfinished">Ștergeți pagina %L1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Continuați</translation>
    </message>
    <message>
        <source>Scan more pages</source>
        <translation type="unfinished">Scanați mai multe pagini</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished">Pagina %L1 din %L2</translation>
    </message>
    <message>
        <source>Scan this page again</source>
        <translation type="unfinished">Scanați din nou această pagină</translation>
    </message>
    <message>
        <source>Scan page %1 again</source>
        <translation type="unfinished">Scanați din nou pagina %L1</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation type="unfinished">Mutați mai devreme</translation>
    </message>
    <message>
        <source>Move page %1 earlier</source>
        <translation type="unfinished">Mutați pagina %L1 mai devreme</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation type="unfinished">Mutați mai târziu</translation>
    </message>
    <message>
        <source>Move page %1 later</source>
        <translation type="unfinished">Mutați pagina %L1 mai târziu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Închideți</translation>
    </message>
    <message>
        <source>Close page %1</source>
        <translation type="unfinished">Închideți pagina %L1</translation>
    </message>
    <message>
        <source>Delete page %1?</source>
        <translation type="unfinished">Ștergeți pagina %L1?</translation>
    </message>
    <message>
        <source>You can scan it again afterwards if you need it.</source>
        <translation type="unfinished">O puteți scana din nou după aceea, dacă aveți nevoie.</translation>
    </message>
    <message>
        <source>Yes, delete page %1</source>
        <translation type="unfinished">Da, ștergeți pagina %L1</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation type="unfinished">Nu, păstrați-o</translation>
    </message>
</context>
<context>
    <name>ReviewViewModel</name>
    <message>
        <source>This page looks blank. Keep it or scan again?</source>
        <translation type="unfinished">Această pagină pare goală. O păstrați sau o scanați din nou?</translation>
    </message>
    <message>
        <source>This page looks too dark. Keep it or scan again?</source>
        <translation type="unfinished">Această pagină pare prea întunecată. O păstrați sau o scanați din nou?</translation>
    </message>
    <message>
        <source>This page looks very faint. Keep it or scan again?</source>
        <translation type="unfinished">Această pagină pare foarte ștearsă. O păstrați sau o scanați din nou?</translation>
    </message>
    <message>
        <source>This page looks blurred. Keep it or scan again?</source>
        <translation type="unfinished">Această pagină pare neclară. O păstrați sau o scanați din nou?</translation>
    </message>
    <message>
        <source>Part of this page may be cut off. Keep it or scan again?</source>
        <translation type="unfinished">O parte din această pagină poate fi tăiată. O păstrați sau o scanați din nou?</translation>
    </message>
    <message>
        <source>This page is very large. Keep it or scan again?</source>
        <translation type="unfinished">Această pagină este foarte mare. O păstrați sau o scanați din nou?</translation>
    </message>
</context>
<context>
    <name>ScannerFault</name>
    <message>
        <source>The paper is stuck in the scanner. Open the feeder and take the paper out. Then tap Try again.</source>
        <translation type="unfinished">Hârtia s-a blocat în scaner. Deschideți alimentatorul și scoateți hârtia. Apoi atingeți Încercați din nou.</translation>
    </message>
    <message>
        <source>There is no paper in the feeder. Put your pages in and tap Try again.</source>
        <translation type="unfinished">Nu este hârtie în alimentator. Puneți paginile și atingeți Încercați din nou.</translation>
    </message>
    <message>
        <source>The scanner lid is open. Close it and tap Try again.</source>
        <translation type="unfinished">Capacul scanerului este deschis. Închideți-l și atingeți Încercați din nou.</translation>
    </message>
    <message>
        <source>The scanner is busy. Wait a moment and tap Try again.</source>
        <translation type="unfinished">Scanerul este ocupat. Așteptați puțin și atingeți Încercați din nou.</translation>
    </message>
    <message>
        <source>The scanner stopped answering. Tap Try again. If it stops again, please ask a member of staff for help.</source>
        <translation type="unfinished">Scanerul nu mai răspunde. Atingeți Încercați din nou. Dacă se oprește din nou, cereți ajutor unui angajat.</translation>
    </message>
    <message>
        <source>The scanner is not working. Please ask a member of staff for help.</source>
        <translation type="unfinished">Scanerul nu funcționează. Cereți ajutor unui angajat.</translation>
    </message>
    <message>
        <source>The scanner needs attention</source>
        <translation type="unfinished">Scanerul are o problemă</translation>
    </message>
    <message>
        <source>Scanning stopped. Your other pages are kept.</source>
        <translation type="unfinished">Scanarea s-a oprit. Celelalte pagini sunt păstrate.</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Working</source>
        <translation type="unfinished">Se lucrează</translation>
    </message>
    <message>
        <source>We are sending your documents. Please wait…</source>
        <translation type="unfinished">Vă trimitem documentele. Vă rugăm să așteptați…</translation>
    </message>
</context>
<context>
    <name>ServiceAddress</name>
    <message>
        <source>Which service?</source>
        <translation type="unfinished">Ce serviciu?</translation>
    </message>
    <message>
        <source>QR code for %1</source>
        <translation type="unfinished">Cod QR pentru %1</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>Who are you sending documents to?</source>
        <translation type="unfinished">Cui trimiteți documentele?</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation type="unfinished">Ce doriți să faceți?</translation>
    </message>
    <message>
        <source>Tap the council service that asked you for documents.</source>
        <translation type="unfinished">Atingeți serviciul primăriei care v-a cerut documentele.</translation>
    </message>
    <message>
        <source>You will need: %1</source>
        <translation type="unfinished">Veți avea nevoie de: %1</translation>
    </message>
    <message>
        <source>Other things you can do here</source>
        <translation type="unfinished">Alte lucruri pe care le puteți face aici</translation>
    </message>
    <message>
        <source>Print a council form</source>
        <translation type="unfinished">Tipăriți un formular al primăriei</translation>
    </message>
    <message>
        <source>Copy a document</source>
        <translation type="unfinished">Copiați un document</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Înapoi</translation>
    </message>
</context>
<context>
    <name>SpeechViewModel</name>
    <message>
        <source>There is no voice for %1 here. The station will read aloud in English.</source>
        <translation type="unfinished">Aici nu există o voce pentru %1. Stația va citi cu voce tare în engleză.</translation>
    </message>
</context>
<context>
    <name>StaffActions</name>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the current session now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the station (wipe session data, reconnect scanner and printer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put out of service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End training mode (back to live services)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start training mode (sends to the sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test scan (one page, nothing kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel stuck print jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry parked sends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffConfirm</name>
    <message>
        <source>End the resident&apos;s session now? What they typed and scanned will be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the station? The current session and all session data will be deleted, and the scanner and printer reconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel every print job waiting on this station&apos;s printer, including a resident&apos;s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the station out of service? Residents cannot use it until you put it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start training mode? The current session ends. Until you end training, everything sent goes to the sandbox, not to the council&apos;s services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End training mode? The practice session ends, and what residents send goes to the council&apos;s services again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffHeader</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffHelp</name>
    <message>
        <source>Help requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – on the %2 screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m here, for the request at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffHome</name>
    <message>
        <source>Station health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the scanner, printer, outbox and network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help requests (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffOutOfServiceForm</name>
    <message>
        <source>Put out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents will see this message instead of the start screen until you put the station back in service. It stays after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message for residents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffViewModel</name>
    <message>
        <source>Staff sign-in is unavailable. Ask IT to check the staff PINs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartAgainConfirm</name>
    <message>
        <source>Start again?</source>
        <translation type="unfinished">Începeți din nou?</translation>
    </message>
    <message>
        <source>Everything you have typed and scanned will be deleted.</source>
        <translation type="unfinished">Tot ce ați scris și scanat va fi șters.</translation>
    </message>
    <message>
        <source>Yes, start again</source>
        <translation type="unfinished">Da, începeți din nou</translation>
    </message>
    <message>
        <source>No, carry on</source>
        <translation type="unfinished">Nu, continuați</translation>
    </message>
</context>
<context>
    <name>StationViewModel</name>
    <message>
        <source>Sorry, this station is not working at the moment. Please ask a member of staff for help.</source>
        <translation type="unfinished">Ne pare rău, acest terminal nu funcționează acum. Cereți ajutor unui angajat.</translation>
    </message>
    <message>
        <source>The scanner is not working right now. You cannot send or copy here.</source>
        <translation type="unfinished">Scanerul nu funcționează acum. Nu puteți trimite sau copia aici.</translation>
    </message>
    <message>
        <source>You cannot send documents from here right now.</source>
        <translation type="unfinished">Nu puteți trimite documente de aici acum.</translation>
    </message>
    <message>
        <source>The printer is not working right now. You cannot print or copy here.</source>
        <translation type="unfinished">Imprimanta nu funcționează acum. Nu puteți tipări sau copia aici.</translation>
    </message>
</context>
</TS>

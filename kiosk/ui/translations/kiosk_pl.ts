<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en_GB">
<context>
    <name>AttractScreen</name>
    <message>
        <source>%1 logo</source>
        <translation type="unfinished">Logo: %1</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation type="unfinished">Dotknij, aby zacząć</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished">Poproś o pomoc</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation type="unfinished">Większy tekst</translation>
    </message>
    <message>
        <source>Bigger text, colours and sound</source>
        <translation type="unfinished">Większy tekst, kolory i dźwięk</translation>
    </message>
</context>
<context>
    <name>CallbackScreen</name>
    <message>
        <source>We will call you</source>
        <translation type="unfinished">Zadzwonimy do Ciebie</translation>
    </message>
    <message>
        <source>Ask for a call back</source>
        <translation type="unfinished">Poproś o telefon</translation>
    </message>
    <message>
        <source>Give us your phone number. Someone from the council will call you.</source>
        <translation type="unfinished">Podaj nam swój numer telefonu. Ktoś z urzędu do Ciebie zadzwoni.</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation type="unfinished">Jakiej sprawy to dotyczy?</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation type="unfinished">Twój numer telefonu</translation>
    </message>
    <message>
        <source>For example, 07911 123456</source>
        <translation type="unfinished">Na przykład 07911 123456</translation>
    </message>
    <message>
        <source>When should we call?</source>
        <translation type="unfinished">Kiedy mamy zadzwonić?</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished">Rano</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation type="unfinished">Po południu</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished">O każdej porze</translation>
    </message>
    <message>
        <source>Sorry, we could not take your request. Please ask a member of staff.</source>
        <translation type="unfinished">Przepraszamy, nie udało się przyjąć prośby. Poproś pracownika o pomoc.</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation type="unfinished">Proszę czekać…</translation>
    </message>
    <message>
        <source>Write down your reference. Give it to us when we call.</source>
        <translation type="unfinished">Zapisz swój numer referencyjny. Podaj go nam, gdy zadzwonimy.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished">Wróć</translation>
    </message>
</context>
<context>
    <name>CallbackViewModel</name>
    <message>
        <source>Please type your phone number.</source>
        <translation type="unfinished">Wpisz swój numer telefonu.</translation>
    </message>
    <message>
        <source>We can only call UK numbers. Start with 0, or with +44.</source>
        <translation type="unfinished">Możemy dzwonić tylko na numery w Wielkiej Brytanii. Zacznij od 0 albo od +44.</translation>
    </message>
    <message>
        <source>We cannot call this kind of number. Please give a landline or mobile.</source>
        <translation type="unfinished">Nie możemy dzwonić na taki numer. Podaj numer stacjonarny lub komórkowy.</translation>
    </message>
    <message>
        <source>Check the number. UK numbers have 11 digits and start with 0, like 020 8854 8888 or 07911 123456.</source>
        <translation type="unfinished">Sprawdź numer. Numery w Wielkiej Brytanii mają 11 cyfr i zaczynają się od 0, np. 020 8854 8888 lub 07911 123456.</translation>
    </message>
    <message>
        <source>Please choose who should call you.</source>
        <translation type="unfinished">Wybierz, kto ma do Ciebie zadzwonić.</translation>
    </message>
</context>
<context>
    <name>CaptureScreen</name>
    <message>
        <source>Scan page %1 again</source>
        <translation type="unfinished">Zeskanuj stronę %L1 ponownie</translation>
    </message>
    <message>
        <source>Scan your documents</source>
        <translation type="unfinished">Zeskanuj swoje dokumenty</translation>
    </message>
    <message>
        <source>Put your pages face up in the tray on top of the scanner, top edge first.</source>
        <translation type="unfinished">Połóż strony tekstem do góry na podajniku na górze skanera, górną krawędzią do przodu.</translation>
    </message>
    <message>
        <source>Lift the scanner lid. Put one page face down on the glass, with its top left corner at the arrow. Close the lid.</source>
        <translation type="unfinished">Podnieś pokrywę skanera. Połóż jedną stronę tekstem do dołu na szybie, lewym górnym rogiem przy strzałce. Zamknij pokrywę.</translation>
    </message>
    <message>
        <source>A page on the scanner glass, in the top left corner</source>
        <translation type="unfinished">Strona na szybie skanera, w lewym górnym rogu</translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished">Strona</translation>
    </message>
    <message>
        <source>Your new scan will replace page %L1 of %L2</source>
        <translation type="unfinished">Nowy skan zastąpi stronę %L1 z %L2</translation>
    </message>
    <message>
        <source>Pages scanned: %L1</source>
        <translation type="unfinished">Zeskanowane strony: %L1</translation>
    </message>
    <message>
        <source>Scanning… %L1%</source>
        <translation type="unfinished">Skanowanie… %L1%</translation>
    </message>
    <message>
        <source>Scanning progress</source>
        <translation type="unfinished">Postęp skanowania</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished">Skanuj</translation>
    </message>
    <message>
        <source>Scan another page</source>
        <translation type="unfinished">Skanuj kolejną stronę</translation>
    </message>
    <message>
        <source>Stop scanning</source>
        <translation type="unfinished">Zatrzymaj skanowanie</translation>
    </message>
    <message>
        <source>I&apos;ve finished</source>
        <translation type="unfinished">Gotowe</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Wstecz</translation>
    </message>
    <message>
        <source>Keep the old page</source>
        <translation type="unfinished">Zostaw starą stronę</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check and send</source>
        <translation type="unfinished">Sprawdź i wyślij</translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished">Usługa</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished">Strony</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln strona</numerusform>
            <numerusform>%Ln strony</numerusform>
            <numerusform>%Ln stron</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished">Wyślij</translation>
    </message>
    <message>
        <source>Back to my pages</source>
        <translation type="unfinished">Wróć do moich stron</translation>
    </message>
</context>
<context>
    <name>CheckViewModel</name>
    <message>
        <source>Your documents could not be sent from this station. Please ask a member of staff for help.</source>
        <translation type="unfinished">Nie udało się wysłać dokumentów z tego stanowiska. Poproś pracownika o pomoc.</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Documents sent</source>
        <translation type="unfinished">Dokumenty wysłane</translation>
    </message>
    <message>
        <source>Sent on %1 at %2</source>
        <translation type="unfinished">Wysłano %1 o %2</translation>
    </message>
    <message>
        <source>Write this reference down or take a photo of this screen. You will need it if you contact us about these documents.</source>
        <translation type="unfinished">Zapisz ten numer albo zrób zdjęcie ekranu. Będzie potrzebny, jeśli skontaktujesz się z nami w sprawie tych dokumentów.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished">Co dalej</translation>
    </message>
    <message>
        <source>Your receipt has printed. Please take it from the printer.</source>
        <translation type="unfinished">Potwierdzenie zostało wydrukowane. Weź je z drukarki.</translation>
    </message>
    <message>
        <source>Print a receipt</source>
        <translation type="unfinished">Wydrukuj potwierdzenie</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">Zakończ</translation>
    </message>
</context>
<context>
    <name>ConfirmationViewModel</name>
    <message>
        <source>We are printing your receipt.</source>
        <translation type="unfinished">Drukujemy Twoje potwierdzenie.</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <source>Talk to someone</source>
        <translation type="unfinished">Porozmawiaj z kimś</translation>
    </message>
    <message>
        <source>Phone the council.</source>
        <translation type="unfinished">Zadzwoń do urzędu.</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished">Otwarte: %1</translation>
    </message>
    <message>
        <source>You can also book a video call. Point your phone camera at the square code.</source>
        <translation type="unfinished">Możesz też umówić rozmowę wideo. Skieruj aparat telefonu na kwadratowy kod.</translation>
    </message>
    <message>
        <source>Which service do you want a video call with?</source>
        <translation type="unfinished">Z którym działem chcesz rozmawiać przez wideo?</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished">Wróć</translation>
    </message>
</context>
<context>
    <name>CopiesStepper</name>
    <message>
        <source>How many copies do you want?</source>
        <translation type="unfinished">Ile kopii chcesz?</translation>
    </message>
    <message>
        <source>Fewer copies</source>
        <translation type="unfinished">Mniej kopii</translation>
    </message>
    <message numerus="yes">
        <source>%Ln copies</source>
        <translation type="unfinished">
            <numerusform>%Ln kopia</numerusform>
            <numerusform>%Ln kopie</numerusform>
            <numerusform>%Ln kopii</numerusform>
        </translation>
    </message>
    <message>
        <source>More copies</source>
        <translation type="unfinished">Więcej kopii</translation>
    </message>
</context>
<context>
    <name>CopyScreen</name>
    <message>
        <source>Copy a document</source>
        <translation type="unfinished">Skopiuj dokument</translation>
    </message>
    <message>
        <source>Lift the scanner lid. Put your page face down on the glass. Close the lid.</source>
        <translation type="unfinished">Podnieś pokrywę skanera. Połóż stronę tekstem do dołu na szybie. Zamknij pokrywę.</translation>
    </message>
    <message>
        <source>We do not keep a copy of your document.</source>
        <translation type="unfinished">Nie przechowujemy kopii Twojego dokumentu.</translation>
    </message>
    <message>
        <source>Colour or black and white?</source>
        <translation type="unfinished">Kolor czy czarno-białe?</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation type="unfinished">Czarno-białe</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished">Kolor</translation>
    </message>
    <message>
        <source>Scanning progress</source>
        <translation type="unfinished">Postęp skanowania</translation>
    </message>
    <message>
        <source>Your copy has printed. Take your copy from the printer and your page from the scanner.</source>
        <translation type="unfinished">Kopia została wydrukowana. Weź kopię z drukarki i swoją stronę ze skanera.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished">Kopiuj</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">Zakończ</translation>
    </message>
    <message>
        <source>Copy another page</source>
        <translation type="unfinished">Skopiuj kolejną stronę</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Wstecz</translation>
    </message>
    <message>
        <source>The printer needs attention</source>
        <translation type="unfinished">Drukarka wymaga uwagi</translation>
    </message>
</context>
<context>
    <name>CopyViewModel</name>
    <message>
        <source>We are scanning. Please wait.</source>
        <translation type="unfinished">Skanujemy. Proszę czekać.</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>Your details</source>
        <translation type="unfinished">Twoje dane</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished">%1 (nieobowiązkowe)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Dalej</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Wstecz</translation>
    </message>
</context>
<context>
    <name>DetailsViewModel</name>
    <message>
        <source>For example: %1</source>
        <translation type="unfinished">Na przykład: %1</translation>
    </message>
    <message>
        <source>Please fill in this box.</source>
        <translation type="unfinished">Wypełnij to pole.</translation>
    </message>
    <message>
        <source>Check the number. It has %1 digits, like %2.</source>
        <translation type="unfinished">Sprawdź numer. Liczba cyfr: %1, na przykład %2.</translation>
    </message>
    <message>
        <source>This does not look right. It should look like %1.</source>
        <translation type="unfinished">To chyba nie jest dobrze. Powinno wyglądać tak: %1.</translation>
    </message>
    <message>
        <source>This does not look right. Please check what you typed.</source>
        <translation type="unfinished">To chyba nie jest dobrze. Sprawdź, co zostało wpisane.</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Text, colours and sound</source>
        <translation type="unfinished">Tekst, kolory i dźwięk</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">Rozmiar tekstu</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished">%1%</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation type="unfinished">Rozmiar tekstu %1%</translation>
    </message>
    <message>
        <source>High contrast: on</source>
        <translation type="unfinished">Wysoki kontrast: włączony</translation>
    </message>
    <message>
        <source>High contrast: off</source>
        <translation type="unfinished">Wysoki kontrast: wyłączony</translation>
    </message>
    <message>
        <source>Volume: %1 %</source>
        <translation type="unfinished">Głośność: %1%</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation type="unfinished">Ciszej</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished">Głośniej</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Gotowe</translation>
    </message>
</context>
<context>
    <name>FaultPanel</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished">Spróbuj ponownie</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished">Poproś o pomoc</translation>
    </message>
</context>
<context>
    <name>FormsScreen</name>
    <message>
        <source>Print a council form</source>
        <translation type="unfinished">Wydrukuj formularz urzędu</translation>
    </message>
    <message>
        <source>Tap the form you want. Printing is free.</source>
        <translation type="unfinished">Dotknij formularza, którego potrzebujesz. Drukowanie jest bezpłatne.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln strona</numerusform>
            <numerusform>%Ln strony</numerusform>
            <numerusform>%Ln stron</numerusform>
        </translation>
    </message>
    <message>
        <source>The first page of the form</source>
        <translation type="unfinished">Pierwsza strona formularza</translation>
    </message>
    <message>
        <source>Your form has printed. Please take it from the printer.</source>
        <translation type="unfinished">Formularz został wydrukowany. Weź go z drukarki.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished">Drukuj</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">Zakończ</translation>
    </message>
    <message>
        <source>Print another form</source>
        <translation type="unfinished">Wydrukuj inny formularz</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Wstecz</translation>
    </message>
    <message>
        <source>The printer needs attention</source>
        <translation type="unfinished">Drukarka wymaga uwagi</translation>
    </message>
</context>
<context>
    <name>FormsViewModel</name>
    <message>
        <source>Sending your form to the printer.</source>
        <translation type="unfinished">Wysyłanie formularza do drukarki.</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>A member of staff is coming</source>
        <translation type="unfinished">Pracownik już idzie</translation>
    </message>
    <message>
        <source>A member of staff has been asked to come and help you</source>
        <translation type="unfinished">Poprosiliśmy pracownika, aby przyszedł Ci pomóc</translation>
    </message>
    <message>
        <source>Please stay at the station. Staff wear a council badge.</source>
        <translation type="unfinished">Zostań przy stanowisku. Pracownicy noszą identyfikator urzędu.</translation>
    </message>
    <message>
        <source>What you have done so far is kept.</source>
        <translation type="unfinished">To, co już zostało zrobione, jest zachowane.</translation>
    </message>
    <message>
        <source>Other ways to get help:</source>
        <translation type="unfinished">Inne sposoby uzyskania pomocy:</translation>
    </message>
    <message>
        <source>Ask for a call back</source>
        <translation type="unfinished">Poproś o telefon</translation>
    </message>
    <message>
        <source>Carry on on your phone</source>
        <translation type="unfinished">Kontynuuj na telefonie</translation>
    </message>
    <message>
        <source>Talk to someone</source>
        <translation type="unfinished">Porozmawiaj z kimś</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished">Wróć</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">Czy nadal tu jesteś?</translation>
    </message>
    <message>
        <source>To keep your documents private, we will delete them and start again in:</source>
        <translation type="unfinished">Aby chronić Twoje dokumenty, usuniemy je i zaczniemy od nowa za:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln sekundę</numerusform>
            <numerusform>%Ln sekundy</numerusform>
            <numerusform>%Ln sekund</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation type="unfinished">Potrzebuję więcej czasu</translation>
    </message>
</context>
<context>
    <name>LanguageChoices</name>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Języki</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation type="unfinished">Wybierz język</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Zamknij</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Council self-serve station</source>
        <translation type="unfinished">Stanowisko samoobsługowe urzędu</translation>
    </message>
    <message>
        <source>TRAINING: this is practice. Nothing is sent to the council.</source>
        <translation type="unfinished">SZKOLENIE: to jest ćwiczenie. Nic nie jest wysyłane do urzędu.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished">Język: %1</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation type="unfinished">Większy tekst</translation>
    </message>
    <message>
        <source>Bigger text, colours and sound</source>
        <translation type="unfinished">Większy tekst, kolory i dźwięk</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished">Poproś o pomoc</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished">Zacznij od nowa</translation>
    </message>
</context>
<context>
    <name>OnlineScreen</name>
    <message>
        <source>Carry on on your phone</source>
        <translation type="unfinished">Kontynuuj na telefonie</translation>
    </message>
    <message>
        <source>Point your phone camera at the square code. Your phone opens the council&apos;s web page.</source>
        <translation type="unfinished">Skieruj aparat telefonu na kwadratowy kod. Telefon otworzy stronę internetową urzędu.</translation>
    </message>
    <message>
        <source>You can also type the address below.</source>
        <translation type="unfinished">Możesz też wpisać adres podany niżej.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished">Wróć</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>Out of service</source>
        <translation type="unfinished">Nieczynne</translation>
    </message>
    <message>
        <source>We are sorry about this.</source>
        <translation type="unfinished">Przepraszamy.</translation>
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
        <translation type="unfinished">Drukowanie. Proszę czekać.</translation>
    </message>
    <message>
        <source>Please ask a member of staff for help.</source>
        <translation type="unfinished">Poproś pracownika o pomoc.</translation>
    </message>
    <message>
        <source>The printer has run out of paper. Please ask a member of staff to add paper. Your pages will print then.</source>
        <translation type="unfinished">W drukarce skończył się papier. Poproś pracownika o dołożenie papieru. Wtedy strony się wydrukują.</translation>
    </message>
    <message>
        <source>The printer has run out of ink.</source>
        <translation type="unfinished">W drukarce skończył się tusz.</translation>
    </message>
    <message>
        <source>Paper is stuck in the printer.</source>
        <translation type="unfinished">Papier zaciął się w drukarce.</translation>
    </message>
    <message>
        <source>A door on the printer is open.</source>
        <translation type="unfinished">Drzwiczki drukarki są otwarte.</translation>
    </message>
    <message>
        <source>The printer is not working.</source>
        <translation type="unfinished">Drukarka nie działa.</translation>
    </message>
    <message>
        <source>Your pages could not be printed. Please ask a member of staff for help.</source>
        <translation type="unfinished">Nie udało się wydrukować stron. Poproś pracownika o pomoc.</translation>
    </message>
</context>
<context>
    <name>PrintStatus</name>
    <message>
        <source>Printed. Please take your pages from the printer.</source>
        <translation type="unfinished">Wydrukowano. Weź strony z drukarki.</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Read aloud: on</source>
        <translation type="unfinished">Czytanie na głos: włączone</translation>
    </message>
    <message>
        <source>Read aloud: off</source>
        <translation type="unfinished">Czytanie na głos: wyłączone</translation>
    </message>
</context>
<context>
    <name>ReferenceText</name>
    <message>
        <source>Your reference</source>
        <translation type="unfinished">Twój numer referencyjny</translation>
    </message>
    <message>
        <source>Your reference is %1</source>
        <translation type="unfinished">Twój numer referencyjny to %1</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Check your pages</source>
        <translation type="unfinished">Sprawdź strony</translation>
    </message>
    <message>
        <source>There are no pages left. Scan at least one page to send.</source>
        <translation type="unfinished">Nie ma już żadnych stron. Zeskanuj co najmniej jedną stronę, aby wysłać.</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation type="unfinished">Obróć</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Usuń</translation>
    </message>
    <message>
        <source>Make sure every page is the right way up and easy to read. Tap a page to see it larger.</source>
        <translation type="unfinished">Sprawdź, czy każda strona jest prosto i da się ją łatwo przeczytać. Dotknij strony, aby ją powiększyć.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished">Strona %L1</translation>
    </message>
    <message>
        <source>See page %1 larger</source>
        <translation type="unfinished">Powiększ stronę %L1</translation>
    </message>
    <message>
        <source>Turn page %1</source>
        <translation type="unfinished">Obróć stronę %L1</translation>
    </message>
    <message>
        <source>Delete page %1</source>
        <translation type="unfinished">Usuń stronę %L1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Dalej</translation>
    </message>
    <message>
        <source>Scan more pages</source>
        <translation type="unfinished">Skanuj więcej stron</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished">Strona %L1 z %L2</translation>
    </message>
    <message>
        <source>Scan this page again</source>
        <translation type="unfinished">Zeskanuj tę stronę ponownie</translation>
    </message>
    <message>
        <source>Scan page %1 again</source>
        <translation type="unfinished">Zeskanuj stronę %L1 ponownie</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation type="unfinished">Przesuń wcześniej</translation>
    </message>
    <message>
        <source>Move page %1 earlier</source>
        <translation type="unfinished">Przesuń stronę %L1 wcześniej</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation type="unfinished">Przesuń później</translation>
    </message>
    <message>
        <source>Move page %1 later</source>
        <translation type="unfinished">Przesuń stronę %L1 później</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Zamknij</translation>
    </message>
    <message>
        <source>Close page %1</source>
        <translation type="unfinished">Zamknij stronę %L1</translation>
    </message>
    <message>
        <source>Delete page %1?</source>
        <translation type="unfinished">Usunąć stronę %L1?</translation>
    </message>
    <message>
        <source>You can scan it again afterwards if you need it.</source>
        <translation type="unfinished">W razie potrzeby możesz ją potem zeskanować ponownie.</translation>
    </message>
    <message>
        <source>Yes, delete page %1</source>
        <translation type="unfinished">Tak, usuń stronę %L1</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation type="unfinished">Nie, zostaw ją</translation>
    </message>
</context>
<context>
    <name>ReviewViewModel</name>
    <message>
        <source>This page looks blank. Keep it or scan again?</source>
        <translation type="unfinished">Ta strona wygląda na pustą. Zostawić ją czy zeskanować ponownie?</translation>
    </message>
    <message>
        <source>This page looks too dark. Keep it or scan again?</source>
        <translation type="unfinished">Ta strona wygląda na zbyt ciemną. Zostawić ją czy zeskanować ponownie?</translation>
    </message>
    <message>
        <source>This page looks very faint. Keep it or scan again?</source>
        <translation type="unfinished">Ta strona wygląda na bardzo bladą. Zostawić ją czy zeskanować ponownie?</translation>
    </message>
    <message>
        <source>This page looks blurred. Keep it or scan again?</source>
        <translation type="unfinished">Ta strona wygląda na rozmytą. Zostawić ją czy zeskanować ponownie?</translation>
    </message>
    <message>
        <source>Part of this page may be cut off. Keep it or scan again?</source>
        <translation type="unfinished">Część tej strony może być ucięta. Zostawić ją czy zeskanować ponownie?</translation>
    </message>
    <message>
        <source>This page is very large. Keep it or scan again?</source>
        <translation type="unfinished">Ta strona jest bardzo duża. Zostawić ją czy zeskanować ponownie?</translation>
    </message>
</context>
<context>
    <name>ScannerFault</name>
    <message>
        <source>The paper is stuck in the scanner. Open the feeder and take the paper out. Then tap Try again.</source>
        <translation type="unfinished">Papier zaciął się w skanerze. Otwórz podajnik i wyjmij papier. Potem dotknij Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>There is no paper in the feeder. Put your pages in and tap Try again.</source>
        <translation type="unfinished">W podajniku nie ma papieru. Włóż strony i dotknij Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The scanner lid is open. Close it and tap Try again.</source>
        <translation type="unfinished">Pokrywa skanera jest otwarta. Zamknij ją i dotknij Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The scanner is busy. Wait a moment and tap Try again.</source>
        <translation type="unfinished">Skaner jest zajęty. Poczekaj chwilę i dotknij Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The scanner stopped answering. Tap Try again. If it stops again, please ask a member of staff for help.</source>
        <translation type="unfinished">Skaner przestał odpowiadać. Dotknij Spróbuj ponownie. Jeśli znowu się zatrzyma, poproś o pomoc pracownika.</translation>
    </message>
    <message>
        <source>The scanner is not working. Please ask a member of staff for help.</source>
        <translation type="unfinished">Skaner nie działa. Poproś pracownika o pomoc.</translation>
    </message>
    <message>
        <source>The scanner needs attention</source>
        <translation type="unfinished">Skaner wymaga uwagi</translation>
    </message>
    <message>
        <source>Scanning stopped. Your other pages are kept.</source>
        <translation type="unfinished">Skanowanie zatrzymane. Pozostałe strony są zachowane.</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Working</source>
        <translation type="unfinished">Trwa praca</translation>
    </message>
    <message>
        <source>We are sending your documents. Please wait…</source>
        <translation type="unfinished">Wysyłamy Twoje dokumenty. Proszę czekać…</translation>
    </message>
</context>
<context>
    <name>ServiceAddress</name>
    <message>
        <source>Which service?</source>
        <translation type="unfinished">Która usługa?</translation>
    </message>
    <message>
        <source>QR code for %1</source>
        <translation type="unfinished">Kod QR dla %1</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>Who are you sending documents to?</source>
        <translation type="unfinished">Do kogo wysyłasz dokumenty?</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation type="unfinished">Co chcesz zrobić?</translation>
    </message>
    <message>
        <source>Tap the council service that asked you for documents.</source>
        <translation type="unfinished">Dotknij usługi urzędu, która poprosiła Cię o dokumenty.</translation>
    </message>
    <message>
        <source>You will need: %1</source>
        <translation type="unfinished">Będzie potrzebne: %1</translation>
    </message>
    <message>
        <source>Other things you can do here</source>
        <translation type="unfinished">Inne rzeczy, które możesz tu zrobić</translation>
    </message>
    <message>
        <source>Print a council form</source>
        <translation type="unfinished">Wydrukuj formularz urzędu</translation>
    </message>
    <message>
        <source>Copy a document</source>
        <translation type="unfinished">Skopiuj dokument</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Wstecz</translation>
    </message>
</context>
<context>
    <name>SpeechViewModel</name>
    <message>
        <source>There is no voice for %1 here. The station will read aloud in English.</source>
        <translation type="unfinished">Nie ma tu głosu dla języka: %1. Stanowisko będzie czytać na głos po angielsku.</translation>
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
        <translation type="unfinished">Zacząć od nowa?</translation>
    </message>
    <message>
        <source>Everything you have typed and scanned will be deleted.</source>
        <translation type="unfinished">Wszystko, co zostało wpisane i zeskanowane, zostanie usunięte.</translation>
    </message>
    <message>
        <source>Yes, start again</source>
        <translation type="unfinished">Tak, zacznij od nowa</translation>
    </message>
    <message>
        <source>No, carry on</source>
        <translation type="unfinished">Nie, kontynuuj</translation>
    </message>
</context>
<context>
    <name>StationViewModel</name>
    <message>
        <source>Sorry, this station is not working at the moment. Please ask a member of staff for help.</source>
        <translation type="unfinished">Przepraszamy, to stanowisko teraz nie działa. Poproś pracownika o pomoc.</translation>
    </message>
    <message>
        <source>The scanner is not working right now. You cannot send or copy here.</source>
        <translation type="unfinished">Skaner teraz nie działa. Nie można tu wysyłać ani kopiować.</translation>
    </message>
    <message>
        <source>You cannot send documents from here right now.</source>
        <translation type="unfinished">Nie można teraz stąd wysyłać dokumentów.</translation>
    </message>
    <message>
        <source>The printer is not working right now. You cannot print or copy here.</source>
        <translation type="unfinished">Drukarka teraz nie działa. Nie można tu drukować ani kopiować.</translation>
    </message>
</context>
</TS>

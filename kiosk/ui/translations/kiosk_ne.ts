<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ne" sourcelanguage="en_GB">
<context>
    <name>AttractScreen</name>
    <message>
        <source>%1 logo</source>
        <translation type="unfinished">%1 को लोगो</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation type="unfinished">सुरु गर्न छुनुहोस्</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished">सहयोग लिनुहोस्</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation type="unfinished">ठूलो अक्षर</translation>
    </message>
    <message>
        <source>Bigger text, colours and sound</source>
        <translation type="unfinished">ठूलो अक्षर, रङ र आवाज</translation>
    </message>
</context>
<context>
    <name>CallbackScreen</name>
    <message>
        <source>We will call you</source>
        <translation type="unfinished">हामी तपाईंलाई फोन गर्नेछौं</translation>
    </message>
    <message>
        <source>Ask for a call back</source>
        <translation type="unfinished">फोन गरिदिन अनुरोध गर्नुहोस्</translation>
    </message>
    <message>
        <source>Give us your phone number. Someone from the council will call you.</source>
        <translation type="unfinished">हामीलाई आफ्नो फोन नम्बर दिनुहोस्। काउन्सिलबाट कसैले तपाईंलाई फोन गर्नेछ।</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation type="unfinished">यो केको बारेमा हो?</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation type="unfinished">तपाईंको फोन नम्बर</translation>
    </message>
    <message>
        <source>For example, 07911 123456</source>
        <translation type="unfinished">उदाहरणका लागि, 07911 123456</translation>
    </message>
    <message>
        <source>When should we call?</source>
        <translation type="unfinished">हामी कहिले फोन गरौं?</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished">बिहान</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation type="unfinished">दिउँसो</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished">जुनसुकै बेला</translation>
    </message>
    <message>
        <source>Sorry, we could not take your request. Please ask a member of staff.</source>
        <translation type="unfinished">माफ गर्नुहोस्, हामीले तपाईंको अनुरोध लिन सकेनौं। कृपया कर्मचारीलाई सोध्नुहोस्।</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation type="unfinished">कृपया पर्खनुहोस्…</translation>
    </message>
    <message>
        <source>Write down your reference. Give it to us when we call.</source>
        <translation type="unfinished">आफ्नो सन्दर्भ नम्बर लेख्नुहोस्। हामीले फोन गर्दा हामीलाई भन्नुहोस्।</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished">पछाडि जानुहोस्</translation>
    </message>
</context>
<context>
    <name>CallbackViewModel</name>
    <message>
        <source>Please type your phone number.</source>
        <translation type="unfinished">कृपया आफ्नो फोन नम्बर टाइप गर्नुहोस्।</translation>
    </message>
    <message>
        <source>We can only call UK numbers. Start with 0, or with +44.</source>
        <translation type="unfinished">हामी बेलायतका नम्बरमा मात्र फोन गर्न सक्छौं। 0 वा +44 बाट सुरु गर्नुहोस्।</translation>
    </message>
    <message>
        <source>We cannot call this kind of number. Please give a landline or mobile.</source>
        <translation type="unfinished">हामी यस प्रकारको नम्बरमा फोन गर्न सक्दैनौं। कृपया ल्यान्डलाइन वा मोबाइल नम्बर दिनुहोस्।</translation>
    </message>
    <message>
        <source>Check the number. UK numbers have 11 digits and start with 0, like 020 8854 8888 or 07911 123456.</source>
        <translation type="unfinished">नम्बर जाँच गर्नुहोस्। बेलायतका नम्बरमा ११ अङ्क हुन्छन् र 0 बाट सुरु हुन्छन्, जस्तै 020 8854 8888 वा 07911 123456।</translation>
    </message>
    <message>
        <source>Please choose who should call you.</source>
        <translation type="unfinished">कृपया तपाईंलाई कसले फोन गर्ने भनेर छान्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>CaptureScreen</name>
    <message>
        <source>Scan page %1 again</source>
        <translation type="unfinished">पाना %L1 फेरि स्क्यान गर्नुहोस्</translation>
    </message>
    <message>
        <source>Scan your documents</source>
        <translation type="unfinished">आफ्ना कागजातहरू स्क्यान गर्नुहोस्</translation>
    </message>
    <message>
        <source>Put your pages face up in the tray on top of the scanner, top edge first.</source>
        <translation type="unfinished">आफ्ना पानाहरू स्क्यानरको माथिको ट्रेमा अनुहार माथि पारेर राख्नुहोस्। माथिल्लो किनारा पहिले जानुपर्छ।</translation>
    </message>
    <message>
        <source>Lift the scanner lid. Put one page face down on the glass, with its top left corner at the arrow. Close the lid.</source>
        <translation type="unfinished">स्क्यानरको ढकनी उठाउनुहोस्। एउटा पाना सिसामा अनुहार तल पारेर राख्नुहोस्। यसको माथिल्लो बायाँ कुना तीरको चिन्हमा पर्नुपर्छ। ढकनी बन्द गर्नुहोस्।</translation>
    </message>
    <message>
        <source>A page on the scanner glass, in the top left corner</source>
        <translation type="unfinished">स्क्यानरको सिसाको माथिल्लो बायाँ कुनामा एउटा पाना</translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished">पाना</translation>
    </message>
    <message>
        <source>Your new scan will replace page %L1 of %L2</source>
        <translation type="unfinished">नयाँ स्क्यानले %L2 मध्ये पृष्ठ %L1 को ठाउँ लिनेछ</translation>
    </message>
    <message>
        <source>Pages scanned: %L1</source>
        <translation type="unfinished">स्क्यान भएका पानाहरू: %L1</translation>
    </message>
    <message>
        <source>Scanning… %L1%</source>
        <translation type="unfinished">स्क्यान हुँदैछ… %L1%</translation>
    </message>
    <message>
        <source>Scanning progress</source>
        <translation type="unfinished">स्क्यानको प्रगति</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished">स्क्यान गर्नुहोस्</translation>
    </message>
    <message>
        <source>Scan another page</source>
        <translation type="unfinished">अर्को पाना स्क्यान गर्नुहोस्</translation>
    </message>
    <message>
        <source>Stop scanning</source>
        <translation type="unfinished">स्क्यान रोक्नुहोस्</translation>
    </message>
    <message>
        <source>I&apos;ve finished</source>
        <translation type="unfinished">मैले सकें</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">पछाडि</translation>
    </message>
    <message>
        <source>Keep the old page</source>
        <translation type="unfinished">पुरानो पाना राख्नुहोस्</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check and send</source>
        <translation type="unfinished">जाँच गरेर पठाउनुहोस्</translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished">सेवा</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished">पानाहरू</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln पाना</numerusform>
            <numerusform>%Ln पाना</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished">पठाउनुहोस्</translation>
    </message>
    <message>
        <source>Back to my pages</source>
        <translation type="unfinished">मेरा पानाहरूमा फर्कनुहोस्</translation>
    </message>
</context>
<context>
    <name>CheckViewModel</name>
    <message>
        <source>Your documents could not be sent from this station. Please ask a member of staff for help.</source>
        <translation type="unfinished">तपाईंका कागजातहरू यो स्टेसनबाट पठाउन सकिएन। कृपया सहयोगका लागि कर्मचारीलाई सोध्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Documents sent</source>
        <translation type="unfinished">कागजातहरू पठाइए</translation>
    </message>
    <message>
        <source>Sent on %1 at %2</source>
        <translation type="unfinished">%1, %2 मा पठाइयो</translation>
    </message>
    <message>
        <source>Write this reference down or take a photo of this screen. You will need it if you contact us about these documents.</source>
        <translation type="unfinished">यो सन्दर्भ नम्बर लेख्नुहोस् वा यो स्क्रिनको फोटो खिच्नुहोस्। यी कागजातबारे हामीलाई सम्पर्क गर्दा यो चाहिन्छ।</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished">अब के हुन्छ</translation>
    </message>
    <message>
        <source>Your receipt has printed. Please take it from the printer.</source>
        <translation type="unfinished">तपाईंको रसिद छापियो। कृपया प्रिन्टरबाट लिनुहोस्।</translation>
    </message>
    <message>
        <source>Print a receipt</source>
        <translation type="unfinished">रसिद छाप्नुहोस्</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">सकियो</translation>
    </message>
</context>
<context>
    <name>ConfirmationViewModel</name>
    <message>
        <source>We are printing your receipt.</source>
        <translation type="unfinished">हामी तपाईंको रसिद छाप्दैछौं।</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <source>Talk to someone</source>
        <translation type="unfinished">कसैसँग कुरा गर्नुहोस्</translation>
    </message>
    <message>
        <source>Phone the council.</source>
        <translation type="unfinished">काउन्सिललाई फोन गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished">खुला समय: %1</translation>
    </message>
    <message>
        <source>You can also book a video call. Point your phone camera at the square code.</source>
        <translation type="unfinished">तपाईं भिडियो कल पनि बुक गर्न सक्नुहुन्छ। आफ्नो फोनको क्यामेरा वर्गाकार कोडतिर देखाउनुहोस्।</translation>
    </message>
    <message>
        <source>Which service do you want a video call with?</source>
        <translation type="unfinished">तपाईं कुन सेवासँग भिडियो कल गर्न चाहनुहुन्छ?</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished">पछाडि जानुहोस्</translation>
    </message>
</context>
<context>
    <name>CopiesStepper</name>
    <message>
        <source>How many copies do you want?</source>
        <translation type="unfinished">तपाईंलाई कति प्रति चाहिन्छ?</translation>
    </message>
    <message>
        <source>Fewer copies</source>
        <translation type="unfinished">कम प्रति</translation>
    </message>
    <message numerus="yes">
        <source>%Ln copies</source>
        <translation type="unfinished">
            <numerusform>%Ln प्रति</numerusform>
            <numerusform>%Ln प्रति</numerusform>
        </translation>
    </message>
    <message>
        <source>More copies</source>
        <translation type="unfinished">धेरै प्रति</translation>
    </message>
</context>
<context>
    <name>CopyScreen</name>
    <message>
        <source>Copy a document</source>
        <translation type="unfinished">कागजातको प्रतिलिपि बनाउनुहोस्</translation>
    </message>
    <message>
        <source>Lift the scanner lid. Put your page face down on the glass. Close the lid.</source>
        <translation type="unfinished">स्क्यानरको ढकनी उठाउनुहोस्। आफ्नो पाना सिसामा अनुहार तल पारेर राख्नुहोस्। ढकनी बन्द गर्नुहोस्।</translation>
    </message>
    <message>
        <source>We do not keep a copy of your document.</source>
        <translation type="unfinished">हामी तपाईंको कागजातको प्रति राख्दैनौं।</translation>
    </message>
    <message>
        <source>Colour or black and white?</source>
        <translation type="unfinished">रङ्गीन कि कालो-सेतो?</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation type="unfinished">कालो-सेतो</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished">रङ्गीन</translation>
    </message>
    <message>
        <source>Scanning progress</source>
        <translation type="unfinished">स्क्यानको प्रगति</translation>
    </message>
    <message>
        <source>Your copy has printed. Take your copy from the printer and your page from the scanner.</source>
        <translation type="unfinished">तपाईंको प्रति छापियो। प्रिन्टरबाट प्रति र स्क्यानरबाट आफ्नो पाना लिनुहोस्।</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished">प्रतिलिपि बनाउनुहोस्</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">सकियो</translation>
    </message>
    <message>
        <source>Copy another page</source>
        <translation type="unfinished">अर्को पानाको प्रतिलिपि बनाउनुहोस्</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">पछाडि</translation>
    </message>
    <message>
        <source>The printer needs attention</source>
        <translation type="unfinished">प्रिन्टरमा समस्या छ</translation>
    </message>
</context>
<context>
    <name>CopyViewModel</name>
    <message>
        <source>We are scanning. Please wait.</source>
        <translation type="unfinished">हामी स्क्यान गर्दैछौं। कृपया पर्खनुहोस्।</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>Your details</source>
        <translation type="unfinished">तपाईंको विवरण</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished">%1 (ऐच्छिक)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">अगाडि बढ्नुहोस्</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">पछाडि</translation>
    </message>
</context>
<context>
    <name>DetailsViewModel</name>
    <message>
        <source>For example: %1</source>
        <translation type="unfinished">उदाहरण: %1</translation>
    </message>
    <message>
        <source>Please fill in this box.</source>
        <translation type="unfinished">कृपया यो कोठा भर्नुहोस्।</translation>
    </message>
    <message>
        <source>Check the number. It has %1 digits, like %2.</source>
        <translation type="unfinished">नम्बर जाँच गर्नुहोस्। यसमा %1 अङ्क हुन्छन्, जस्तै %2।</translation>
    </message>
    <message>
        <source>This does not look right. It should look like %1.</source>
        <translation type="unfinished">यो मिलेको जस्तो देखिँदैन। यो %1 जस्तो हुनुपर्छ।</translation>
    </message>
    <message>
        <source>This does not look right. Please check what you typed.</source>
        <translation type="unfinished">यो मिलेको जस्तो देखिँदैन। कृपया तपाईंले लेखेको जाँच गर्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Text, colours and sound</source>
        <translation type="unfinished">अक्षर, रङ र आवाज</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">अक्षरको आकार</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished">%1 %</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation type="unfinished">अक्षरको आकार %1 %</translation>
    </message>
    <message>
        <source>High contrast: on</source>
        <translation type="unfinished">उच्च कन्ट्रास्ट: सक्रिय</translation>
    </message>
    <message>
        <source>High contrast: off</source>
        <translation type="unfinished">उच्च कन्ट्रास्ट: बन्द</translation>
    </message>
    <message>
        <source>Volume: %1 %</source>
        <translation type="unfinished">आवाजको मात्रा: %1 %</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation type="unfinished">बिस्तारै</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished">ठूलो आवाज</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">सकियो</translation>
    </message>
</context>
<context>
    <name>FaultPanel</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished">फेरि प्रयास गर्नुहोस्</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished">सहयोग लिनुहोस्</translation>
    </message>
</context>
<context>
    <name>FormsScreen</name>
    <message>
        <source>Print a council form</source>
        <translation type="unfinished">काउन्सिलको फारम छाप्नुहोस्</translation>
    </message>
    <message>
        <source>Tap the form you want. Printing is free.</source>
        <translation type="unfinished">तपाईंलाई चाहिने फारम थिच्नुहोस्। छाप्न निःशुल्क छ।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln पाना</numerusform>
            <numerusform>%Ln पाना</numerusform>
        </translation>
    </message>
    <message>
        <source>The first page of the form</source>
        <translation type="unfinished">फारमको पहिलो पाना</translation>
    </message>
    <message>
        <source>Your form has printed. Please take it from the printer.</source>
        <translation type="unfinished">तपाईंको फारम छापियो। कृपया प्रिन्टरबाट लिनुहोस्।</translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished">छाप्नुहोस्</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">सकियो</translation>
    </message>
    <message>
        <source>Print another form</source>
        <translation type="unfinished">अर्को फारम छाप्नुहोस्</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">पछाडि</translation>
    </message>
    <message>
        <source>The printer needs attention</source>
        <translation type="unfinished">प्रिन्टरमा समस्या छ</translation>
    </message>
</context>
<context>
    <name>FormsViewModel</name>
    <message>
        <source>Sending your form to the printer.</source>
        <translation type="unfinished">तपाईंको फारम प्रिन्टरमा पठाउँदै।</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>A member of staff is coming</source>
        <translation type="unfinished">एक जना कर्मचारी आउँदै हुनुहुन्छ</translation>
    </message>
    <message>
        <source>A member of staff has been asked to come and help you</source>
        <translation type="unfinished">तपाईंलाई सहयोग गर्न एक जना कर्मचारीलाई बोलाइएको छ</translation>
    </message>
    <message>
        <source>Please stay at the station. Staff wear a council badge.</source>
        <translation type="unfinished">कृपया स्टेसनमै बस्नुहोस्। कर्मचारीले काउन्सिलको ब्याज लगाएका हुन्छन्।</translation>
    </message>
    <message>
        <source>What you have done so far is kept.</source>
        <translation type="unfinished">तपाईंले अहिलेसम्म गरेको काम सुरक्षित छ।</translation>
    </message>
    <message>
        <source>Other ways to get help:</source>
        <translation type="unfinished">मद्दत पाउने अन्य तरिकाहरू:</translation>
    </message>
    <message>
        <source>Ask for a call back</source>
        <translation type="unfinished">फोन गरिदिन अनुरोध गर्नुहोस्</translation>
    </message>
    <message>
        <source>Carry on on your phone</source>
        <translation type="unfinished">आफ्नो फोनमा जारी राख्नुहोस्</translation>
    </message>
    <message>
        <source>Talk to someone</source>
        <translation type="unfinished">कसैसँग कुरा गर्नुहोस्</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished">फर्कनुहोस्</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">के तपाईं अझै यहाँ हुनुहुन्छ?</translation>
    </message>
    <message>
        <source>To keep your documents private, we will delete them and start again in:</source>
        <translation type="unfinished">तपाईंका कागजात गोप्य राख्न हामी तिनलाई मेटाएर फेरि सुरु गर्नेछौं। बाँकी समय:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln सेकेन्ड</numerusform>
            <numerusform>%Ln सेकेन्ड</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation type="unfinished">मलाई अझै समय चाहिन्छ</translation>
    </message>
</context>
<context>
    <name>LanguageChoices</name>
    <message>
        <source>Languages</source>
        <translation type="unfinished">भाषाहरू</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation type="unfinished">आफ्नो भाषा छान्नुहोस्</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">बन्द गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Council self-serve station</source>
        <translation type="unfinished">काउन्सिलको सेल्फ-सर्भिस स्टेसन</translation>
    </message>
    <message>
        <source>TRAINING: this is practice. Nothing is sent to the council.</source>
        <translation type="unfinished">तालिम: यो अभ्यास हो। परिषद्‌लाई केही पनि पठाइँदैन।</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished">भाषा: %1</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation type="unfinished">ठूलो अक्षर</translation>
    </message>
    <message>
        <source>Bigger text, colours and sound</source>
        <translation type="unfinished">ठूलो अक्षर, रङ र आवाज</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished">सहयोग लिनुहोस्</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished">फेरि सुरु गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>OnlineScreen</name>
    <message>
        <source>Carry on on your phone</source>
        <translation type="unfinished">आफ्नो फोनमा जारी राख्नुहोस्</translation>
    </message>
    <message>
        <source>Point your phone camera at the square code. Your phone opens the council&apos;s web page.</source>
        <translation type="unfinished">आफ्नो फोनको क्यामेरा वर्गाकार कोडतिर देखाउनुहोस्। तपाईंको फोनले काउन्सिलको वेब पेज खोल्छ।</translation>
    </message>
    <message>
        <source>You can also type the address below.</source>
        <translation type="unfinished">तपाईं तलको ठेगाना पनि टाइप गर्न सक्नुहुन्छ।</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished">पछाडि जानुहोस्</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>Out of service</source>
        <translation type="unfinished">सेवा बन्द छ</translation>
    </message>
    <message>
        <source>We are sorry about this.</source>
        <translation type="unfinished">यसका लागि हामी माफी चाहन्छौं।</translation>
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
        <translation type="unfinished">छापिँदैछ। कृपया पर्खनुहोस्।</translation>
    </message>
    <message>
        <source>Please ask a member of staff for help.</source>
        <translation type="unfinished">कृपया सहयोगका लागि कर्मचारीलाई सोध्नुहोस्।</translation>
    </message>
    <message>
        <source>The printer has run out of paper. Please ask a member of staff to add paper. Your pages will print then.</source>
        <translation type="unfinished">प्रिन्टरमा कागज सकियो। कृपया कर्मचारीलाई कागज थप्न भन्नुहोस्। त्यसपछि तपाईंका पानाहरू छापिनेछन्।</translation>
    </message>
    <message>
        <source>The printer has run out of ink.</source>
        <translation type="unfinished">प्रिन्टरमा मसी सकियो।</translation>
    </message>
    <message>
        <source>Paper is stuck in the printer.</source>
        <translation type="unfinished">प्रिन्टरमा कागज अड्कियो।</translation>
    </message>
    <message>
        <source>A door on the printer is open.</source>
        <translation type="unfinished">प्रिन्टरको एउटा ढोका खुला छ।</translation>
    </message>
    <message>
        <source>The printer is not working.</source>
        <translation type="unfinished">प्रिन्टरले काम गरिरहेको छैन।</translation>
    </message>
    <message>
        <source>Your pages could not be printed. Please ask a member of staff for help.</source>
        <translation type="unfinished">तपाईंका पानाहरू छाप्न सकिएन। कृपया सहयोगका लागि कर्मचारीलाई सोध्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>PrintStatus</name>
    <message>
        <source>Printed. Please take your pages from the printer.</source>
        <translation type="unfinished">छापियो। कृपया प्रिन्टरबाट आफ्ना पानाहरू लिनुहोस्।</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Read aloud: on</source>
        <translation type="unfinished">पढेर सुनाउने: सक्रिय</translation>
    </message>
    <message>
        <source>Read aloud: off</source>
        <translation type="unfinished">पढेर सुनाउने: बन्द</translation>
    </message>
</context>
<context>
    <name>ReferenceText</name>
    <message>
        <source>Your reference</source>
        <translation type="unfinished">तपाईंको सन्दर्भ नम्बर</translation>
    </message>
    <message>
        <source>Your reference is %1</source>
        <translation type="unfinished">तपाईंको सन्दर्भ नम्बर %1 हो</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Check your pages</source>
        <translation type="unfinished">आफ्ना पानाहरू जाँच गर्नुहोस्</translation>
    </message>
    <message>
        <source>There are no pages left. Scan at least one page to send.</source>
        <translation type="unfinished">कुनै पाना बाँकी छैन। पठाउन कम्तीमा एउटा पाना स्क्यान गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation type="unfinished">घुमाउनुहोस्</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>Make sure every page is the right way up and easy to read. Tap a page to see it larger.</source>
        <translation type="unfinished">हरेक पाना सिधा छ र सजिलै पढ्न सकिन्छ भनी हेर्नुहोस्। ठूलो देख्न पानामा थिच्नुहोस्।</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished">पाना %L1</translation>
    </message>
    <message>
        <source>See page %1 larger</source>
        <translation type="unfinished">पाना %L1 ठूलो देख्नुहोस्</translation>
    </message>
    <message>
        <source>Turn page %1</source>
        <translation type="unfinished">पाना %L1 घुमाउनुहोस्</translation>
    </message>
    <message>
        <source>Delete page %1</source>
        <translation type="unfinished">पाना %L1 मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">अगाडि बढ्नुहोस्</translation>
    </message>
    <message>
        <source>Scan more pages</source>
        <translation type="unfinished">थप पानाहरू स्क्यान गर्नुहोस्</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished">पाना %L1 / %L2</translation>
    </message>
    <message>
        <source>Scan this page again</source>
        <translation type="unfinished">यो पाना फेरि स्क्यान गर्नुहोस्</translation>
    </message>
    <message>
        <source>Scan page %1 again</source>
        <translation type="unfinished">पाना %L1 फेरि स्क्यान गर्नुहोस्</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation type="unfinished">अगाडि सार्नुहोस्</translation>
    </message>
    <message>
        <source>Move page %1 earlier</source>
        <translation type="unfinished">पाना %L1 अगाडि सार्नुहोस्</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation type="unfinished">पछाडि सार्नुहोस्</translation>
    </message>
    <message>
        <source>Move page %1 later</source>
        <translation type="unfinished">पाना %L1 पछाडि सार्नुहोस्</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Close page %1</source>
        <translation type="unfinished">पाना %L1 बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Delete page %1?</source>
        <translation type="unfinished">पाना %L1 मेटाउने?</translation>
    </message>
    <message>
        <source>You can scan it again afterwards if you need it.</source>
        <translation type="unfinished">चाहिएमा पछि फेरि स्क्यान गर्न सक्नुहुन्छ।</translation>
    </message>
    <message>
        <source>Yes, delete page %1</source>
        <translation type="unfinished">हो, पाना %L1 मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation type="unfinished">होइन, राख्नुहोस्</translation>
    </message>
</context>
<context>
    <name>ReviewViewModel</name>
    <message>
        <source>This page looks blank. Keep it or scan again?</source>
        <translation type="unfinished">यो पाना खाली देखिन्छ। राख्ने कि फेरि स्क्यान गर्ने?</translation>
    </message>
    <message>
        <source>This page looks too dark. Keep it or scan again?</source>
        <translation type="unfinished">यो पाना धेरै अँध्यारो देखिन्छ। राख्ने कि फेरि स्क्यान गर्ने?</translation>
    </message>
    <message>
        <source>This page looks very faint. Keep it or scan again?</source>
        <translation type="unfinished">यो पाना धेरै फिक्का देखिन्छ। राख्ने कि फेरि स्क्यान गर्ने?</translation>
    </message>
    <message>
        <source>This page looks blurred. Keep it or scan again?</source>
        <translation type="unfinished">यो पाना धमिलो देखिन्छ। राख्ने कि फेरि स्क्यान गर्ने?</translation>
    </message>
    <message>
        <source>Part of this page may be cut off. Keep it or scan again?</source>
        <translation type="unfinished">यो पानाको केही भाग काटिएको हुन सक्छ। राख्ने कि फेरि स्क्यान गर्ने?</translation>
    </message>
    <message>
        <source>This page is very large. Keep it or scan again?</source>
        <translation type="unfinished">यो पाना धेरै ठूलो छ। राख्ने कि फेरि स्क्यान गर्ने?</translation>
    </message>
</context>
<context>
    <name>ScannerFault</name>
    <message>
        <source>The paper is stuck in the scanner. Open the feeder and take the paper out. Then tap Try again.</source>
        <translation type="unfinished">कागज स्क्यानरमा अड्कियो। फिडर खोलेर कागज निकाल्नुहोस्। त्यसपछि &quot;फेरि प्रयास गर्नुहोस्&quot; थिच्नुहोस्।</translation>
    </message>
    <message>
        <source>There is no paper in the feeder. Put your pages in and tap Try again.</source>
        <translation type="unfinished">फिडरमा कागज छैन। आफ्ना पानाहरू राखेर &quot;फेरि प्रयास गर्नुहोस्&quot; थिच्नुहोस्।</translation>
    </message>
    <message>
        <source>The scanner lid is open. Close it and tap Try again.</source>
        <translation type="unfinished">स्क्यानरको ढकनी खुला छ। यसलाई बन्द गरेर &quot;फेरि प्रयास गर्नुहोस्&quot; थिच्नुहोस्।</translation>
    </message>
    <message>
        <source>The scanner is busy. Wait a moment and tap Try again.</source>
        <translation type="unfinished">स्क्यानर व्यस्त छ। एकछिन पर्खेर &quot;फेरि प्रयास गर्नुहोस्&quot; थिच्नुहोस्।</translation>
    </message>
    <message>
        <source>The scanner stopped answering. Tap Try again. If it stops again, please ask a member of staff for help.</source>
        <translation type="unfinished">स्क्यानरले जवाफ दिन छोड्यो। &quot;फेरि प्रयास गर्नुहोस्&quot; थिच्नुहोस्। फेरि रोकियो भने, कृपया सहयोगका लागि कर्मचारीलाई सोध्नुहोस्।</translation>
    </message>
    <message>
        <source>The scanner is not working. Please ask a member of staff for help.</source>
        <translation type="unfinished">स्क्यानरले काम गरिरहेको छैन। कृपया सहयोगका लागि कर्मचारीलाई सोध्नुहोस्।</translation>
    </message>
    <message>
        <source>The scanner needs attention</source>
        <translation type="unfinished">स्क्यानरमा समस्या छ</translation>
    </message>
    <message>
        <source>Scanning stopped. Your other pages are kept.</source>
        <translation type="unfinished">स्क्यान रोकियो। तपाईंका अरू पानाहरू राखिएका छन्।</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Working</source>
        <translation type="unfinished">काम हुँदैछ</translation>
    </message>
    <message>
        <source>We are sending your documents. Please wait…</source>
        <translation type="unfinished">हामी तपाईंका कागजातहरू पठाउँदैछौं। कृपया पर्खनुहोस्…</translation>
    </message>
</context>
<context>
    <name>ServiceAddress</name>
    <message>
        <source>Which service?</source>
        <translation type="unfinished">कुन सेवा?</translation>
    </message>
    <message>
        <source>QR code for %1</source>
        <translation type="unfinished">%1 को लागि QR कोड</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>Who are you sending documents to?</source>
        <translation type="unfinished">तपाईं कागजात कसलाई पठाउँदै हुनुहुन्छ?</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation type="unfinished">तपाईं के गर्न चाहनुहुन्छ?</translation>
    </message>
    <message>
        <source>Tap the council service that asked you for documents.</source>
        <translation type="unfinished">तपाईंसँग कागजात मागेको काउन्सिल सेवा थिच्नुहोस्।</translation>
    </message>
    <message>
        <source>You will need: %1</source>
        <translation type="unfinished">तपाईंलाई चाहिन्छ: %1</translation>
    </message>
    <message>
        <source>Other things you can do here</source>
        <translation type="unfinished">यहाँ गर्न सकिने अरू कुराहरू</translation>
    </message>
    <message>
        <source>Print a council form</source>
        <translation type="unfinished">काउन्सिलको फारम छाप्नुहोस्</translation>
    </message>
    <message>
        <source>Copy a document</source>
        <translation type="unfinished">कागजातको प्रतिलिपि बनाउनुहोस्</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">पछाडि</translation>
    </message>
</context>
<context>
    <name>SpeechViewModel</name>
    <message>
        <source>There is no voice for %1 here. The station will read aloud in English.</source>
        <translation type="unfinished">यहाँ %1 को आवाज छैन। यो स्टेसनले अङ्ग्रेजीमा पढेर सुनाउनेछ।</translation>
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
        <translation type="unfinished">फेरि सुरु गर्ने?</translation>
    </message>
    <message>
        <source>Everything you have typed and scanned will be deleted.</source>
        <translation type="unfinished">तपाईंले लेखेको र स्क्यान गरेको सबै मेटिनेछ।</translation>
    </message>
    <message>
        <source>Yes, start again</source>
        <translation type="unfinished">हो, फेरि सुरु गर्नुहोस्</translation>
    </message>
    <message>
        <source>No, carry on</source>
        <translation type="unfinished">होइन, जारी राख्नुहोस्</translation>
    </message>
</context>
<context>
    <name>StationViewModel</name>
    <message>
        <source>Sorry, this station is not working at the moment. Please ask a member of staff for help.</source>
        <translation type="unfinished">माफ गर्नुहोस्, यो स्टेसनले अहिले काम गरिरहेको छैन। कृपया सहयोगका लागि कर्मचारीलाई सोध्नुहोस्।</translation>
    </message>
    <message>
        <source>The scanner is not working right now. You cannot send or copy here.</source>
        <translation type="unfinished">स्क्यानरले अहिले काम गरिरहेको छैन। तपाईं यहाँबाट पठाउन वा प्रतिलिपि गर्न सक्नुहुन्न।</translation>
    </message>
    <message>
        <source>You cannot send documents from here right now.</source>
        <translation type="unfinished">तपाईं अहिले यहाँबाट कागजात पठाउन सक्नुहुन्न।</translation>
    </message>
    <message>
        <source>The printer is not working right now. You cannot print or copy here.</source>
        <translation type="unfinished">प्रिन्टरले अहिले काम गरिरहेको छैन। तपाईं यहाँ छाप्न वा प्रतिलिपि गर्न सक्नुहुन्न।</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en_GB">
<context>
    <name>AttractScreen</name>
    <message>
        <source>%1 logo</source>
        <translation type="unfinished">%1 logosu</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation type="unfinished">Başlamak için dokunun</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished">Yardım al</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation type="unfinished">Daha büyük yazı</translation>
    </message>
    <message>
        <source>Bigger text, colours and sound</source>
        <translation type="unfinished">Daha büyük yazı, renkler ve ses</translation>
    </message>
</context>
<context>
    <name>CallbackScreen</name>
    <message>
        <source>We will call you</source>
        <translation type="unfinished">Sizi arayacağız</translation>
    </message>
    <message>
        <source>Ask for a call back</source>
        <translation type="unfinished">Geri arama isteyin</translation>
    </message>
    <message>
        <source>Give us your phone number. Someone from the council will call you.</source>
        <translation type="unfinished">Telefon numaranızı verin. Belediyeden biri sizi arayacak.</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation type="unfinished">Konu nedir?</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation type="unfinished">Telefon numaranız</translation>
    </message>
    <message>
        <source>For example, 07911 123456</source>
        <translation type="unfinished">Örneğin, 07911 123456</translation>
    </message>
    <message>
        <source>When should we call?</source>
        <translation type="unfinished">Ne zaman arayalım?</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished">Sabah</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation type="unfinished">Öğleden sonra</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished">Herhangi bir saat</translation>
    </message>
    <message>
        <source>Sorry, we could not take your request. Please ask a member of staff.</source>
        <translation type="unfinished">Üzgünüz, isteğinizi alamadık. Lütfen bir görevliye sorun.</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation type="unfinished">Lütfen bekleyin…</translation>
    </message>
    <message>
        <source>Write down your reference. Give it to us when we call.</source>
        <translation type="unfinished">Referans numaranızı yazın. Sizi aradığımızda bize söyleyin.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished">Geri dön</translation>
    </message>
</context>
<context>
    <name>CallbackViewModel</name>
    <message>
        <source>Please type your phone number.</source>
        <translation type="unfinished">Lütfen telefon numaranızı yazın.</translation>
    </message>
    <message>
        <source>We can only call UK numbers. Start with 0, or with +44.</source>
        <translation type="unfinished">Yalnızca Birleşik Krallık numaralarını arayabiliriz. 0 ya da +44 ile başlayın.</translation>
    </message>
    <message>
        <source>We cannot call this kind of number. Please give a landline or mobile.</source>
        <translation type="unfinished">Bu tür numarayı arayamayız. Lütfen sabit hat ya da cep telefonu numarası verin.</translation>
    </message>
    <message>
        <source>Check the number. UK numbers have 11 digits and start with 0, like 020 8854 8888 or 07911 123456.</source>
        <translation type="unfinished">Numarayı kontrol edin. Birleşik Krallık numaraları 11 hanelidir ve 0 ile başlar, örneğin 020 8854 8888 ya da 07911 123456.</translation>
    </message>
    <message>
        <source>Please choose who should call you.</source>
        <translation type="unfinished">Lütfen sizi kimin arayacağını seçin.</translation>
    </message>
</context>
<context>
    <name>CaptureScreen</name>
    <message>
        <source>Scan page %1 again</source>
        <translation type="unfinished">%L1. sayfayı yeniden tara</translation>
    </message>
    <message>
        <source>Scan your documents</source>
        <translation type="unfinished">Belgelerinizi tarayın</translation>
    </message>
    <message>
        <source>Put your pages face up in the tray on top of the scanner, top edge first.</source>
        <translation type="unfinished">Sayfalarınızı yüzü yukarı bakacak şekilde tarayıcının üstündeki tepsiye koyun. Üst kenar önde olsun.</translation>
    </message>
    <message>
        <source>Lift the scanner lid. Put one page face down on the glass, with its top left corner at the arrow. Close the lid.</source>
        <translation type="unfinished">Tarayıcının kapağını kaldırın. Bir sayfayı yüzü aşağı bakacak şekilde cama koyun. Sol üst köşesi okun yanında olsun. Kapağı kapatın.</translation>
    </message>
    <message>
        <source>A page on the scanner glass, in the top left corner</source>
        <translation type="unfinished">Tarayıcı camının sol üst köşesinde bir sayfa</translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished">Sayfa</translation>
    </message>
    <message>
        <source>Your new scan will replace page %L1 of %L2</source>
        <translation type="unfinished">Yeni tarama, %L2 sayfadan %L1. sayfanın yerini alacak</translation>
    </message>
    <message>
        <source>Pages scanned: %L1</source>
        <translation type="unfinished">Taranan sayfa: %L1</translation>
    </message>
    <message>
        <source>Scanning… %L1%</source>
        <translation type="unfinished">Taranıyor… %%L1</translation>
    </message>
    <message>
        <source>Scanning progress</source>
        <translation type="unfinished">Tarama durumu</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished">Tara</translation>
    </message>
    <message>
        <source>Scan another page</source>
        <translation type="unfinished">Başka bir sayfa tara</translation>
    </message>
    <message>
        <source>Stop scanning</source>
        <translation type="unfinished">Taramayı durdur</translation>
    </message>
    <message>
        <source>I&apos;ve finished</source>
        <translation type="unfinished">Bitirdim</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Geri</translation>
    </message>
    <message>
        <source>Keep the old page</source>
        <translation type="unfinished">Eski sayfayı tut</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check and send</source>
        <translation type="unfinished">Kontrol edin ve gönderin</translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished">Hizmet</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished">Sayfalar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln sayfa</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished">Gönder</translation>
    </message>
    <message>
        <source>Back to my pages</source>
        <translation type="unfinished">Sayfalarıma dön</translation>
    </message>
</context>
<context>
    <name>CheckViewModel</name>
    <message>
        <source>Your documents could not be sent from this station. Please ask a member of staff for help.</source>
        <translation type="unfinished">Belgeleriniz bu noktadan gönderilemedi. Lütfen bir görevliden yardım isteyin.</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Documents sent</source>
        <translation type="unfinished">Belgeler gönderildi</translation>
    </message>
    <message>
        <source>Sent on %1 at %2</source>
        <translation type="unfinished">Gönderildi: %1, %2</translation>
    </message>
    <message>
        <source>Write this reference down or take a photo of this screen. You will need it if you contact us about these documents.</source>
        <translation type="unfinished">Bu numarayı not edin ya da ekranın fotoğrafını çekin. Bu belgeler için bize ulaşırsanız gerekecek.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished">Bundan sonra ne olacak</translation>
    </message>
    <message>
        <source>Your receipt has printed. Please take it from the printer.</source>
        <translation type="unfinished">Makbuzunuz yazdırıldı. Lütfen yazıcıdan alın.</translation>
    </message>
    <message>
        <source>Print a receipt</source>
        <translation type="unfinished">Makbuz yazdır</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">Bitir</translation>
    </message>
</context>
<context>
    <name>ConfirmationViewModel</name>
    <message>
        <source>We are printing your receipt.</source>
        <translation type="unfinished">Makbuzunuzu yazdırıyoruz.</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <source>Talk to someone</source>
        <translation type="unfinished">Biriyle konuşun</translation>
    </message>
    <message>
        <source>Phone the council.</source>
        <translation type="unfinished">Belediyeyi arayın.</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished">Açık: %1</translation>
    </message>
    <message>
        <source>You can also book a video call. Point your phone camera at the square code.</source>
        <translation type="unfinished">Görüntülü görüşme için de randevu alabilirsiniz. Telefonunuzun kamerasını kare koda tutun.</translation>
    </message>
    <message>
        <source>Which service do you want a video call with?</source>
        <translation type="unfinished">Hangi hizmetle görüntülü görüşmek istiyorsunuz?</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished">Geri dön</translation>
    </message>
</context>
<context>
    <name>CopiesStepper</name>
    <message>
        <source>How many copies do you want?</source>
        <translation type="unfinished">Kaç kopya istiyorsunuz?</translation>
    </message>
    <message>
        <source>Fewer copies</source>
        <translation type="unfinished">Daha az kopya</translation>
    </message>
    <message numerus="yes">
        <source>%Ln copies</source>
        <translation type="unfinished">
            <numerusform>%Ln kopya</numerusform>
        </translation>
    </message>
    <message>
        <source>More copies</source>
        <translation type="unfinished">Daha fazla kopya</translation>
    </message>
</context>
<context>
    <name>CopyScreen</name>
    <message>
        <source>Copy a document</source>
        <translation type="unfinished">Belge fotokopisi çek</translation>
    </message>
    <message>
        <source>Lift the scanner lid. Put your page face down on the glass. Close the lid.</source>
        <translation type="unfinished">Tarayıcının kapağını kaldırın. Sayfanızı yüzü aşağı bakacak şekilde cama koyun. Kapağı kapatın.</translation>
    </message>
    <message>
        <source>We do not keep a copy of your document.</source>
        <translation type="unfinished">Belgenizin bir kopyasını saklamıyoruz.</translation>
    </message>
    <message>
        <source>Colour or black and white?</source>
        <translation type="unfinished">Renkli mi, siyah beyaz mı?</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation type="unfinished">Siyah beyaz</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished">Renkli</translation>
    </message>
    <message>
        <source>Scanning progress</source>
        <translation type="unfinished">Tarama durumu</translation>
    </message>
    <message>
        <source>Your copy has printed. Take your copy from the printer and your page from the scanner.</source>
        <translation type="unfinished">Kopyanız yazdırıldı. Kopyanızı yazıcıdan, sayfanızı tarayıcıdan alın.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished">Kopyala</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">Bitir</translation>
    </message>
    <message>
        <source>Copy another page</source>
        <translation type="unfinished">Başka bir sayfa kopyala</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Geri</translation>
    </message>
    <message>
        <source>The printer needs attention</source>
        <translation type="unfinished">Yazıcıda bir sorun var</translation>
    </message>
</context>
<context>
    <name>CopyViewModel</name>
    <message>
        <source>We are scanning. Please wait.</source>
        <translation type="unfinished">Tarıyoruz. Lütfen bekleyin.</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>Your details</source>
        <translation type="unfinished">Bilgileriniz</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished">%1 (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Devam</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Geri</translation>
    </message>
</context>
<context>
    <name>DetailsViewModel</name>
    <message>
        <source>For example: %1</source>
        <translation type="unfinished">Örnek: %1</translation>
    </message>
    <message>
        <source>Please fill in this box.</source>
        <translation type="unfinished">Lütfen bu kutuyu doldurun.</translation>
    </message>
    <message>
        <source>Check the number. It has %1 digits, like %2.</source>
        <translation type="unfinished">Numarayı kontrol edin. %1 haneli olmalı, örneğin %2.</translation>
    </message>
    <message>
        <source>This does not look right. It should look like %1.</source>
        <translation type="unfinished">Bu doğru görünmüyor. Şuna benzemeli: %1.</translation>
    </message>
    <message>
        <source>This does not look right. Please check what you typed.</source>
        <translation type="unfinished">Bu doğru görünmüyor. Lütfen yazdığınızı kontrol edin.</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Text, colours and sound</source>
        <translation type="unfinished">Yazı, renkler ve ses</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">Yazı boyutu</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished">%%1</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation type="unfinished">Yazı boyutu %%1</translation>
    </message>
    <message>
        <source>High contrast: on</source>
        <translation type="unfinished">Yüksek karşıtlık: açık</translation>
    </message>
    <message>
        <source>High contrast: off</source>
        <translation type="unfinished">Yüksek karşıtlık: kapalı</translation>
    </message>
    <message>
        <source>Volume: %1 %</source>
        <translation type="unfinished">Ses düzeyi: %%1</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation type="unfinished">Daha kısık</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished">Daha yüksek</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Tamam</translation>
    </message>
</context>
<context>
    <name>FaultPanel</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished">Tekrar dene</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished">Yardım al</translation>
    </message>
</context>
<context>
    <name>FormsScreen</name>
    <message>
        <source>Print a council form</source>
        <translation type="unfinished">Belediye formu yazdır</translation>
    </message>
    <message>
        <source>Tap the form you want. Printing is free.</source>
        <translation type="unfinished">İstediğiniz forma dokunun. Yazdırmak ücretsizdir.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln sayfa</numerusform>
        </translation>
    </message>
    <message>
        <source>The first page of the form</source>
        <translation type="unfinished">Formun ilk sayfası</translation>
    </message>
    <message>
        <source>Your form has printed. Please take it from the printer.</source>
        <translation type="unfinished">Formunuz yazdırıldı. Lütfen yazıcıdan alın.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished">Yazdır</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">Bitir</translation>
    </message>
    <message>
        <source>Print another form</source>
        <translation type="unfinished">Başka bir form yazdır</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Geri</translation>
    </message>
    <message>
        <source>The printer needs attention</source>
        <translation type="unfinished">Yazıcıda bir sorun var</translation>
    </message>
</context>
<context>
    <name>FormsViewModel</name>
    <message>
        <source>Sending your form to the printer.</source>
        <translation type="unfinished">Formunuz yazıcıya gönderiliyor.</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>A member of staff is coming</source>
        <translation type="unfinished">Bir görevli geliyor</translation>
    </message>
    <message>
        <source>A member of staff has been asked to come and help you</source>
        <translation type="unfinished">Size yardım etmesi için bir görevli çağrıldı</translation>
    </message>
    <message>
        <source>Please stay at the station. Staff wear a council badge.</source>
        <translation type="unfinished">Lütfen bu noktada bekleyin. Görevliler belediye kartı takar.</translation>
    </message>
    <message>
        <source>What you have done so far is kept.</source>
        <translation type="unfinished">Şimdiye kadar yaptıklarınız saklanıyor.</translation>
    </message>
    <message>
        <source>Other ways to get help:</source>
        <translation type="unfinished">Yardım almanın başka yolları:</translation>
    </message>
    <message>
        <source>Ask for a call back</source>
        <translation type="unfinished">Geri arama isteyin</translation>
    </message>
    <message>
        <source>Carry on on your phone</source>
        <translation type="unfinished">Telefonunuzda devam edin</translation>
    </message>
    <message>
        <source>Talk to someone</source>
        <translation type="unfinished">Biriyle konuşun</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished">Geri dön</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">Hâlâ orada mısınız?</translation>
    </message>
    <message>
        <source>To keep your documents private, we will delete them and start again in:</source>
        <translation type="unfinished">Belgelerinizi korumak için onları silip baştan başlayacağız. Kalan süre:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln saniye</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation type="unfinished">Daha fazla zamana ihtiyacım var</translation>
    </message>
</context>
<context>
    <name>LanguageChoices</name>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Diller</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation type="unfinished">Dilinizi seçin</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Kapat</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Council self-serve station</source>
        <translation type="unfinished">Belediye self servis noktası</translation>
    </message>
    <message>
        <source>TRAINING: this is practice. Nothing is sent to the council.</source>
        <translation type="unfinished">EĞİTİM: bu bir alıştırmadır. Belediyeye hiçbir şey gönderilmez.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished">Dil: %1</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation type="unfinished">Daha büyük yazı</translation>
    </message>
    <message>
        <source>Bigger text, colours and sound</source>
        <translation type="unfinished">Daha büyük yazı, renkler ve ses</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished">Yardım al</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished">Baştan başla</translation>
    </message>
</context>
<context>
    <name>OnlineScreen</name>
    <message>
        <source>Carry on on your phone</source>
        <translation type="unfinished">Telefonunuzda devam edin</translation>
    </message>
    <message>
        <source>Point your phone camera at the square code. Your phone opens the council&apos;s web page.</source>
        <translation type="unfinished">Telefonunuzun kamerasını kare koda tutun. Telefonunuz belediyenin web sayfasını açar.</translation>
    </message>
    <message>
        <source>You can also type the address below.</source>
        <translation type="unfinished">Aşağıdaki adresi de yazabilirsiniz.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished">Geri dön</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>Out of service</source>
        <translation type="unfinished">Hizmet dışı</translation>
    </message>
    <message>
        <source>We are sorry about this.</source>
        <translation type="unfinished">Bunun için özür dileriz.</translation>
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
        <translation type="unfinished">Yazdırılıyor. Lütfen bekleyin.</translation>
    </message>
    <message>
        <source>Please ask a member of staff for help.</source>
        <translation type="unfinished">Lütfen bir görevliden yardım isteyin.</translation>
    </message>
    <message>
        <source>The printer has run out of paper. Please ask a member of staff to add paper. Your pages will print then.</source>
        <translation type="unfinished">Yazıcının kâğıdı bitti. Lütfen bir görevliden kâğıt koymasını isteyin. Sayfalarınız sonra yazdırılacak.</translation>
    </message>
    <message>
        <source>The printer has run out of ink.</source>
        <translation type="unfinished">Yazıcının mürekkebi bitti.</translation>
    </message>
    <message>
        <source>Paper is stuck in the printer.</source>
        <translation type="unfinished">Yazıcıda kâğıt sıkıştı.</translation>
    </message>
    <message>
        <source>A door on the printer is open.</source>
        <translation type="unfinished">Yazıcının bir kapağı açık.</translation>
    </message>
    <message>
        <source>The printer is not working.</source>
        <translation type="unfinished">Yazıcı çalışmıyor.</translation>
    </message>
    <message>
        <source>Your pages could not be printed. Please ask a member of staff for help.</source>
        <translation type="unfinished">Sayfalarınız yazdırılamadı. Lütfen bir görevliden yardım isteyin.</translation>
    </message>
</context>
<context>
    <name>PrintStatus</name>
    <message>
        <source>Printed. Please take your pages from the printer.</source>
        <translation type="unfinished">Yazdırıldı. Lütfen sayfalarınızı yazıcıdan alın.</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Read aloud: on</source>
        <translation type="unfinished">Sesli okuma: açık</translation>
    </message>
    <message>
        <source>Read aloud: off</source>
        <translation type="unfinished">Sesli okuma: kapalı</translation>
    </message>
</context>
<context>
    <name>ReferenceText</name>
    <message>
        <source>Your reference</source>
        <translation type="unfinished">Referans numaranız</translation>
    </message>
    <message>
        <source>Your reference is %1</source>
        <translation type="unfinished">Referans numaranız: %1</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Check your pages</source>
        <translation type="unfinished">Sayfalarınızı kontrol edin</translation>
    </message>
    <message>
        <source>There are no pages left. Scan at least one page to send.</source>
        <translation type="unfinished">Hiç sayfa kalmadı. Göndermek için en az bir sayfa tarayın.</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation type="unfinished">Döndür</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Sil</translation>
    </message>
    <message>
        <source>Make sure every page is the right way up and easy to read. Tap a page to see it larger.</source>
        <translation type="unfinished">Her sayfanın düz durduğundan ve kolay okunduğundan emin olun. Büyük görmek için bir sayfaya dokunun.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished">Sayfa %L1</translation>
    </message>
    <message>
        <source>See page %1 larger</source>
        <translation type="unfinished">%L1. sayfayı büyük gör</translation>
    </message>
    <message>
        <source>Turn page %1</source>
        <translation type="unfinished">%L1. sayfayı döndür</translation>
    </message>
    <message>
        <source>Delete page %1</source>
        <translation type="unfinished">%L1. sayfayı sil</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Devam</translation>
    </message>
    <message>
        <source>Scan more pages</source>
        <translation type="unfinished">Daha fazla sayfa tara</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished">Sayfa %L1 / %L2</translation>
    </message>
    <message>
        <source>Scan this page again</source>
        <translation type="unfinished">Bu sayfayı yeniden tara</translation>
    </message>
    <message>
        <source>Scan page %1 again</source>
        <translation type="unfinished">%L1. sayfayı yeniden tara</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation type="unfinished">Öne al</translation>
    </message>
    <message>
        <source>Move page %1 earlier</source>
        <translation type="unfinished">%L1. sayfayı öne al</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation type="unfinished">Arkaya al</translation>
    </message>
    <message>
        <source>Move page %1 later</source>
        <translation type="unfinished">%L1. sayfayı arkaya al</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Kapat</translation>
    </message>
    <message>
        <source>Close page %1</source>
        <translation type="unfinished">%L1. sayfayı kapat</translation>
    </message>
    <message>
        <source>Delete page %1?</source>
        <translation type="unfinished">%L1. sayfa silinsin mi?</translation>
    </message>
    <message>
        <source>You can scan it again afterwards if you need it.</source>
        <translation type="unfinished">Gerekirse sonra yeniden tarayabilirsiniz.</translation>
    </message>
    <message>
        <source>Yes, delete page %1</source>
        <translation type="unfinished">Evet, %L1. sayfayı sil</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation type="unfinished">Hayır, tut</translation>
    </message>
</context>
<context>
    <name>ReviewViewModel</name>
    <message>
        <source>This page looks blank. Keep it or scan again?</source>
        <translation type="unfinished">Bu sayfa boş görünüyor. Tutulsun mu, yeniden mi taransın?</translation>
    </message>
    <message>
        <source>This page looks too dark. Keep it or scan again?</source>
        <translation type="unfinished">Bu sayfa çok karanlık görünüyor. Tutulsun mu, yeniden mi taransın?</translation>
    </message>
    <message>
        <source>This page looks very faint. Keep it or scan again?</source>
        <translation type="unfinished">Bu sayfa çok soluk görünüyor. Tutulsun mu, yeniden mi taransın?</translation>
    </message>
    <message>
        <source>This page looks blurred. Keep it or scan again?</source>
        <translation type="unfinished">Bu sayfa bulanık görünüyor. Tutulsun mu, yeniden mi taransın?</translation>
    </message>
    <message>
        <source>Part of this page may be cut off. Keep it or scan again?</source>
        <translation type="unfinished">Bu sayfanın bir kısmı kesilmiş olabilir. Tutulsun mu, yeniden mi taransın?</translation>
    </message>
    <message>
        <source>This page is very large. Keep it or scan again?</source>
        <translation type="unfinished">Bu sayfa çok büyük. Tutulsun mu, yeniden mi taransın?</translation>
    </message>
</context>
<context>
    <name>ScannerFault</name>
    <message>
        <source>The paper is stuck in the scanner. Open the feeder and take the paper out. Then tap Try again.</source>
        <translation type="unfinished">Kâğıt tarayıcıda sıkıştı. Besleyiciyi açıp kâğıdı çıkarın. Sonra Tekrar dene düğmesine dokunun.</translation>
    </message>
    <message>
        <source>There is no paper in the feeder. Put your pages in and tap Try again.</source>
        <translation type="unfinished">Besleyicide kâğıt yok. Sayfalarınızı koyun ve Tekrar dene düğmesine dokunun.</translation>
    </message>
    <message>
        <source>The scanner lid is open. Close it and tap Try again.</source>
        <translation type="unfinished">Tarayıcının kapağı açık. Kapağı kapatın ve Tekrar dene düğmesine dokunun.</translation>
    </message>
    <message>
        <source>The scanner is busy. Wait a moment and tap Try again.</source>
        <translation type="unfinished">Tarayıcı meşgul. Biraz bekleyin ve Tekrar dene düğmesine dokunun.</translation>
    </message>
    <message>
        <source>The scanner stopped answering. Tap Try again. If it stops again, please ask a member of staff for help.</source>
        <translation type="unfinished">Tarayıcı yanıt vermiyor. Tekrar dene düğmesine dokunun. Yine durursa lütfen bir görevliden yardım isteyin.</translation>
    </message>
    <message>
        <source>The scanner is not working. Please ask a member of staff for help.</source>
        <translation type="unfinished">Tarayıcı çalışmıyor. Lütfen bir görevliden yardım isteyin.</translation>
    </message>
    <message>
        <source>The scanner needs attention</source>
        <translation type="unfinished">Tarayıcıda bir sorun var</translation>
    </message>
    <message>
        <source>Scanning stopped. Your other pages are kept.</source>
        <translation type="unfinished">Tarama durdu. Diğer sayfalarınız saklandı.</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Working</source>
        <translation type="unfinished">Çalışıyor</translation>
    </message>
    <message>
        <source>We are sending your documents. Please wait…</source>
        <translation type="unfinished">Belgelerinizi gönderiyoruz. Lütfen bekleyin…</translation>
    </message>
</context>
<context>
    <name>ServiceAddress</name>
    <message>
        <source>Which service?</source>
        <translation type="unfinished">Hangi hizmet?</translation>
    </message>
    <message>
        <source>QR code for %1</source>
        <translation type="unfinished">%1 için QR kod</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>Who are you sending documents to?</source>
        <translation type="unfinished">Belgeleri kime gönderiyorsunuz?</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation type="unfinished">Ne yapmak istersiniz?</translation>
    </message>
    <message>
        <source>Tap the council service that asked you for documents.</source>
        <translation type="unfinished">Sizden belge isteyen belediye hizmetine dokunun.</translation>
    </message>
    <message>
        <source>You will need: %1</source>
        <translation type="unfinished">Gerekenler: %1</translation>
    </message>
    <message>
        <source>Other things you can do here</source>
        <translation type="unfinished">Burada yapabileceğiniz diğer şeyler</translation>
    </message>
    <message>
        <source>Print a council form</source>
        <translation type="unfinished">Belediye formu yazdır</translation>
    </message>
    <message>
        <source>Copy a document</source>
        <translation type="unfinished">Belge fotokopisi çek</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Geri</translation>
    </message>
</context>
<context>
    <name>SpeechViewModel</name>
    <message>
        <source>There is no voice for %1 here. The station will read aloud in English.</source>
        <translation type="unfinished">Burada %1 için bir ses yok. İstasyon İngilizce sesli okuyacak.</translation>
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
        <translation type="unfinished">Baştan başlansın mı?</translation>
    </message>
    <message>
        <source>Everything you have typed and scanned will be deleted.</source>
        <translation type="unfinished">Yazdığınız ve taradığınız her şey silinecek.</translation>
    </message>
    <message>
        <source>Yes, start again</source>
        <translation type="unfinished">Evet, baştan başla</translation>
    </message>
    <message>
        <source>No, carry on</source>
        <translation type="unfinished">Hayır, devam et</translation>
    </message>
</context>
<context>
    <name>StationViewModel</name>
    <message>
        <source>Sorry, this station is not working at the moment. Please ask a member of staff for help.</source>
        <translation type="unfinished">Üzgünüz, bu nokta şu anda çalışmıyor. Lütfen bir görevliden yardım isteyin.</translation>
    </message>
    <message>
        <source>The scanner is not working right now. You cannot send or copy here.</source>
        <translation type="unfinished">Tarayıcı şu anda çalışmıyor. Burada gönderme veya kopyalama yapamazsınız.</translation>
    </message>
    <message>
        <source>You cannot send documents from here right now.</source>
        <translation type="unfinished">Şu anda buradan belge gönderemezsiniz.</translation>
    </message>
    <message>
        <source>The printer is not working right now. You cannot print or copy here.</source>
        <translation type="unfinished">Yazıcı şu anda çalışmıyor. Burada yazdırma veya kopyalama yapamazsınız.</translation>
    </message>
</context>
</TS>

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
</context>
<context>
    <name>CaptureScreen</name>
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
</context>
<context>
    <name>CaptureViewModel</name>
    <message>
        <source>The paper is stuck in the scanner. Open the feeder, take the paper out and tap Scan again.</source>
        <translation type="unfinished">Kâğıt tarayıcıda sıkıştı. Besleyiciyi açın, kâğıdı çıkarın ve yeniden Tara düğmesine dokunun.</translation>
    </message>
    <message>
        <source>There is no paper in the feeder. Put your pages in and tap Scan again.</source>
        <translation type="unfinished">Besleyicide kâğıt yok. Sayfalarınızı koyun ve yeniden Tara düğmesine dokunun.</translation>
    </message>
    <message>
        <source>The scanner lid is open. Close it and tap Scan again.</source>
        <translation type="unfinished">Tarayıcının kapağı açık. Kapağı kapatın ve yeniden Tara düğmesine dokunun.</translation>
    </message>
    <message>
        <source>The scanner is busy. Wait a moment and tap Scan again.</source>
        <translation type="unfinished">Tarayıcı meşgul. Biraz bekleyin ve yeniden Tara düğmesine dokunun.</translation>
    </message>
    <message>
        <source>Scanning stopped. Your other pages are kept.</source>
        <translation type="unfinished">Tarama durdu. Diğer sayfalarınız saklandı.</translation>
    </message>
    <message>
        <source>The scanner is not working. Please ask a member of staff for help.</source>
        <translation type="unfinished">Tarayıcı çalışmıyor. Lütfen bir görevliden yardım isteyin.</translation>
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
        <source>Your reference</source>
        <translation type="unfinished">Referans numaranız</translation>
    </message>
    <message>
        <source>Your reference is %1</source>
        <translation type="unfinished">Referans numaranız: %1</translation>
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
        <source>Finish</source>
        <translation type="unfinished">Bitir</translation>
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
        <source>Language: %1</source>
        <translation type="unfinished">Dil: %1</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished">Baştan başla</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Check your pages</source>
        <translation type="unfinished">Sayfalarınızı kontrol edin</translation>
    </message>
    <message>
        <source>Make sure every page is the right way up and easy to read.</source>
        <translation type="unfinished">Her sayfanın düz durduğundan ve kolay okunduğundan emin olun.</translation>
    </message>
    <message>
        <source>There are no pages left. Scan at least one page to send.</source>
        <translation type="unfinished">Hiç sayfa kalmadı. Göndermek için en az bir sayfa tarayın.</translation>
    </message>
    <message>
        <source>Page %L1</source>
        <translation type="unfinished">Sayfa %L1</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation type="unfinished">Döndür</translation>
    </message>
    <message>
        <source>Turn page %L1</source>
        <translation type="unfinished">%L1. sayfayı döndür</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Sil</translation>
    </message>
    <message>
        <source>Delete page %L1</source>
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
    <name>SendingScreen</name>
    <message>
        <source>Working</source>
        <translation type="unfinished">Çalışıyor</translation>
    </message>
    <message>
        <source>Sending your documents…</source>
        <translation type="unfinished">Belgeleriniz gönderiliyor…</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>Who are you sending documents to?</source>
        <translation type="unfinished">Belgeleri kime gönderiyorsunuz?</translation>
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
        <source>Back</source>
        <translation type="unfinished">Geri</translation>
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
</TS>

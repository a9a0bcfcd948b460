<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en_GB">
<context>
    <name>AttractScreen</name>
    <message>
        <source>%1 logo</source>
        <translation type="unfinished">شعار %1</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation type="unfinished">المس للبدء</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished">اطلب المساعدة</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation type="unfinished">نص أكبر</translation>
    </message>
    <message>
        <source>Bigger text, colours and sound</source>
        <translation type="unfinished">نص أكبر وألوان وصوت</translation>
    </message>
</context>
<context>
    <name>CallbackScreen</name>
    <message>
        <source>We will call you</source>
        <translation type="unfinished">سنتصل بك</translation>
    </message>
    <message>
        <source>Ask for a call back</source>
        <translation type="unfinished">اطلب أن نتصل بك</translation>
    </message>
    <message>
        <source>Give us your phone number. Someone from the council will call you.</source>
        <translation type="unfinished">أعطنا رقم هاتفك. سيتصل بك أحد موظفي المجلس.</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation type="unfinished">ما هو الموضوع؟</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation type="unfinished">رقم هاتفك</translation>
    </message>
    <message>
        <source>For example, 07911 123456</source>
        <translation type="unfinished">مثلاً، ⁦07911 123456⁩</translation>
    </message>
    <message>
        <source>When should we call?</source>
        <translation type="unfinished">متى نتصل بك؟</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished">صباحاً</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation type="unfinished">بعد الظهر</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished">في أي وقت</translation>
    </message>
    <message>
        <source>Sorry, we could not take your request. Please ask a member of staff.</source>
        <translation type="unfinished">عذراً، لم نتمكن من استلام طلبك. يرجى سؤال أحد الموظفين.</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation type="unfinished">يرجى الانتظار…</translation>
    </message>
    <message>
        <source>Write down your reference. Give it to us when we call.</source>
        <translation type="unfinished">اكتب رقمك المرجعي. أعطنا إياه عندما نتصل بك.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished">رجوع</translation>
    </message>
</context>
<context>
    <name>CallbackViewModel</name>
    <message>
        <source>Please type your phone number.</source>
        <translation type="unfinished">يرجى كتابة رقم هاتفك.</translation>
    </message>
    <message>
        <source>We can only call UK numbers. Start with 0, or with +44.</source>
        <translation type="unfinished">يمكننا الاتصال بأرقام المملكة المتحدة فقط. ابدأ بـ 0 أو بـ ‎+44.</translation>
    </message>
    <message>
        <source>We cannot call this kind of number. Please give a landline or mobile.</source>
        <translation type="unfinished">لا يمكننا الاتصال بهذا النوع من الأرقام. يرجى إعطاء رقم هاتف أرضي أو محمول.</translation>
    </message>
    <message>
        <source>Check the number. UK numbers have 11 digits and start with 0, like 020 8854 8888 or 07911 123456.</source>
        <translation type="unfinished">تحقق من الرقم. أرقام المملكة المتحدة من 11 خانة وتبدأ بـ 0، مثل ⁦020 8854 8888⁩ أو ⁦07911 123456⁩.</translation>
    </message>
    <message>
        <source>Please choose who should call you.</source>
        <translation type="unfinished">يرجى اختيار من يجب أن يتصل بك.</translation>
    </message>
</context>
<context>
    <name>CaptureScreen</name>
    <message>
        <source>Scan page %1 again</source>
        <translation type="unfinished">امسح الصفحة %L1 مرة أخرى</translation>
    </message>
    <message>
        <source>Scan your documents</source>
        <translation type="unfinished">امسح مستنداتك ضوئيًا</translation>
    </message>
    <message>
        <source>Put your pages face up in the tray on top of the scanner, top edge first.</source>
        <translation type="unfinished">ضع صفحاتك ووجهها إلى الأعلى في الدرج أعلى الماسح، والحافة العليا أولًا.</translation>
    </message>
    <message>
        <source>Lift the scanner lid. Put one page face down on the glass, with its top left corner at the arrow. Close the lid.</source>
        <translation type="unfinished">ارفع غطاء الماسح. ضع صفحة واحدة ووجهها إلى الأسفل على الزجاج، وزاويتها العليا اليسرى عند السهم. أغلق الغطاء.</translation>
    </message>
    <message>
        <source>A page on the scanner glass, in the top left corner</source>
        <translation type="unfinished">صفحة على زجاج الماسح في الزاوية العليا اليسرى</translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished">صفحة</translation>
    </message>
    <message>
        <source>Your new scan will replace page %L1 of %L2</source>
        <translation type="unfinished">سيحل المسح الجديد محل الصفحة %L1 من %L2</translation>
    </message>
    <message>
        <source>Pages scanned: %L1</source>
        <translation type="unfinished">الصفحات الممسوحة: %L1</translation>
    </message>
    <message>
        <source>Scanning… %L1%</source>
        <translation type="unfinished">جارٍ المسح… %L1%</translation>
    </message>
    <message>
        <source>Scanning progress</source>
        <translation type="unfinished">تقدّم المسح</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished">امسح</translation>
    </message>
    <message>
        <source>Scan another page</source>
        <translation type="unfinished">امسح صفحة أخرى</translation>
    </message>
    <message>
        <source>Stop scanning</source>
        <translation type="unfinished">أوقف المسح</translation>
    </message>
    <message>
        <source>I&apos;ve finished</source>
        <translation type="unfinished">انتهيت</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">رجوع</translation>
    </message>
    <message>
        <source>Keep the old page</source>
        <translation type="unfinished">احتفظ بالصفحة القديمة</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check and send</source>
        <translation type="unfinished">راجع وأرسل</translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished">الخدمة</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished">الصفحات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln صفحة</numerusform>
            <numerusform>%Ln صفحة</numerusform>
            <numerusform>%Ln صفحة</numerusform>
            <numerusform>%Ln صفحات</numerusform>
            <numerusform>%Ln صفحة</numerusform>
            <numerusform>%Ln صفحة</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished">أرسل</translation>
    </message>
    <message>
        <source>Back to my pages</source>
        <translation type="unfinished">العودة إلى صفحاتي</translation>
    </message>
</context>
<context>
    <name>CheckViewModel</name>
    <message>
        <source>Your documents could not be sent from this station. Please ask a member of staff for help.</source>
        <translation type="unfinished">تعذّر إرسال مستنداتك من هذه المحطة. يُرجى طلب المساعدة من أحد الموظفين.</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Documents sent</source>
        <translation type="unfinished">تم إرسال المستندات</translation>
    </message>
    <message>
        <source>Sent on %1 at %2</source>
        <translation type="unfinished">أُرسلت في %1 الساعة %2</translation>
    </message>
    <message>
        <source>Write this reference down or take a photo of this screen. You will need it if you contact us about these documents.</source>
        <translation type="unfinished">اكتب هذا الرقم أو التقط صورة لهذه الشاشة. ستحتاج إليه إذا تواصلت معنا بشأن هذه المستندات.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished">ماذا يحدث بعد ذلك</translation>
    </message>
    <message>
        <source>Your receipt has printed. Please take it from the printer.</source>
        <translation type="unfinished">تمت طباعة الإيصال. يُرجى أخذه من الطابعة.</translation>
    </message>
    <message>
        <source>Print a receipt</source>
        <translation type="unfinished">اطبع إيصالًا</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">إنهاء</translation>
    </message>
</context>
<context>
    <name>ConfirmationViewModel</name>
    <message>
        <source>We are printing your receipt.</source>
        <translation type="unfinished">نحن نطبع إيصالك.</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <source>Talk to someone</source>
        <translation type="unfinished">تحدث إلى شخص ما</translation>
    </message>
    <message>
        <source>Phone the council.</source>
        <translation type="unfinished">اتصل بالمجلس.</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished">ساعات العمل: %1</translation>
    </message>
    <message>
        <source>You can also book a video call. Point your phone camera at the square code.</source>
        <translation type="unfinished">يمكنك أيضاً حجز مكالمة فيديو. وجّه كاميرا هاتفك نحو الرمز المربع.</translation>
    </message>
    <message>
        <source>Which service do you want a video call with?</source>
        <translation type="unfinished">مع أي خدمة تريد مكالمة فيديو؟</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished">رجوع</translation>
    </message>
</context>
<context>
    <name>CopiesStepper</name>
    <message>
        <source>How many copies do you want?</source>
        <translation type="unfinished">كم نسخة تريد؟</translation>
    </message>
    <message>
        <source>Fewer copies</source>
        <translation type="unfinished">نسخ أقل</translation>
    </message>
    <message numerus="yes">
        <source>%Ln copies</source>
        <translation type="unfinished">
            <numerusform>%Ln نسخة</numerusform>
            <numerusform>%Ln نسخة</numerusform>
            <numerusform>%Ln نسخة</numerusform>
            <numerusform>%Ln نسخ</numerusform>
            <numerusform>%Ln نسخة</numerusform>
            <numerusform>%Ln نسخة</numerusform>
        </translation>
    </message>
    <message>
        <source>More copies</source>
        <translation type="unfinished">نسخ أكثر</translation>
    </message>
</context>
<context>
    <name>CopyScreen</name>
    <message>
        <source>Copy a document</source>
        <translation type="unfinished">انسخ مستندًا</translation>
    </message>
    <message>
        <source>Lift the scanner lid. Put your page face down on the glass. Close the lid.</source>
        <translation type="unfinished">ارفع غطاء الماسح. ضع صفحتك ووجهها إلى الأسفل على الزجاج. أغلق الغطاء.</translation>
    </message>
    <message>
        <source>We do not keep a copy of your document.</source>
        <translation type="unfinished">لا نحتفظ بنسخة من مستندك.</translation>
    </message>
    <message>
        <source>Colour or black and white?</source>
        <translation type="unfinished">ملوّن أم أبيض وأسود؟</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation type="unfinished">أبيض وأسود</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished">ملوّن</translation>
    </message>
    <message>
        <source>Scanning progress</source>
        <translation type="unfinished">تقدّم المسح</translation>
    </message>
    <message>
        <source>Your copy has printed. Take your copy from the printer and your page from the scanner.</source>
        <translation type="unfinished">تمت طباعة النسخة. خذ النسخة من الطابعة وصفحتك من الماسح.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished">انسخ</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">إنهاء</translation>
    </message>
    <message>
        <source>Copy another page</source>
        <translation type="unfinished">انسخ صفحة أخرى</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">رجوع</translation>
    </message>
    <message>
        <source>The printer needs attention</source>
        <translation type="unfinished">الطابعة تحتاج إلى تدخّل</translation>
    </message>
</context>
<context>
    <name>CopyViewModel</name>
    <message>
        <source>We are scanning. Please wait.</source>
        <translation type="unfinished">نحن نمسح الآن. يرجى الانتظار.</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>Your details</source>
        <translation type="unfinished">بياناتك</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished">%1 (اختياري)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">متابعة</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">رجوع</translation>
    </message>
</context>
<context>
    <name>DetailsViewModel</name>
    <message>
        <source>For example: %1</source>
        <translation type="unfinished">مثال: %1</translation>
    </message>
    <message>
        <source>Please fill in this box.</source>
        <translation type="unfinished">يُرجى ملء هذا الحقل.</translation>
    </message>
    <message>
        <source>Check the number. It has %1 digits, like %2.</source>
        <translation type="unfinished">تحقّق من الرقم. عدد أرقامه %1، مثل %2.</translation>
    </message>
    <message>
        <source>This does not look right. It should look like %1.</source>
        <translation type="unfinished">يبدو أن هذا غير صحيح. يجب أن يكون مثل %1.</translation>
    </message>
    <message>
        <source>This does not look right. Please check what you typed.</source>
        <translation type="unfinished">يبدو أن هذا غير صحيح. يُرجى التحقق مما كتبته.</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Text, colours and sound</source>
        <translation type="unfinished">النص والألوان والصوت</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">حجم النص</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished">%1٪</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation type="unfinished">حجم النص %1٪</translation>
    </message>
    <message>
        <source>High contrast: on</source>
        <translation type="unfinished">التباين العالي: مُفعّل</translation>
    </message>
    <message>
        <source>High contrast: off</source>
        <translation type="unfinished">التباين العالي: متوقف</translation>
    </message>
    <message>
        <source>Volume: %1 %</source>
        <translation type="unfinished">مستوى الصوت: %1٪</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation type="unfinished">أخفض</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished">أعلى</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">تم</translation>
    </message>
</context>
<context>
    <name>FaultPanel</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished">حاول مرة أخرى</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished">اطلب المساعدة</translation>
    </message>
</context>
<context>
    <name>FormsScreen</name>
    <message>
        <source>Print a council form</source>
        <translation type="unfinished">اطبع نموذجًا من المجلس</translation>
    </message>
    <message>
        <source>Tap the form you want. Printing is free.</source>
        <translation type="unfinished">المس النموذج الذي تريده. الطباعة مجانية.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln صفحة</numerusform>
            <numerusform>%Ln صفحة</numerusform>
            <numerusform>%Ln صفحة</numerusform>
            <numerusform>%Ln صفحات</numerusform>
            <numerusform>%Ln صفحة</numerusform>
            <numerusform>%Ln صفحة</numerusform>
        </translation>
    </message>
    <message>
        <source>The first page of the form</source>
        <translation type="unfinished">الصفحة الأولى من النموذج</translation>
    </message>
    <message>
        <source>Your form has printed. Please take it from the printer.</source>
        <translation type="unfinished">تمت طباعة النموذج. يُرجى أخذه من الطابعة.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished">اطبع</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">إنهاء</translation>
    </message>
    <message>
        <source>Print another form</source>
        <translation type="unfinished">اطبع نموذجًا آخر</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">رجوع</translation>
    </message>
    <message>
        <source>The printer needs attention</source>
        <translation type="unfinished">الطابعة تحتاج إلى تدخّل</translation>
    </message>
</context>
<context>
    <name>FormsViewModel</name>
    <message>
        <source>Sending your form to the printer.</source>
        <translation type="unfinished">جارٍ إرسال النموذج إلى الطابعة.</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>A member of staff is coming</source>
        <translation type="unfinished">أحد الموظفين في طريقه إليك</translation>
    </message>
    <message>
        <source>A member of staff has been asked to come and help you</source>
        <translation type="unfinished">طلبنا من أحد الموظفين أن يأتي لمساعدتك</translation>
    </message>
    <message>
        <source>Please stay at the station. Staff wear a council badge.</source>
        <translation type="unfinished">يُرجى البقاء عند المحطة. يرتدي الموظفون شارة المجلس.</translation>
    </message>
    <message>
        <source>What you have done so far is kept.</source>
        <translation type="unfinished">ما قمت به حتى الآن محفوظ.</translation>
    </message>
    <message>
        <source>Other ways to get help:</source>
        <translation type="unfinished">طرق أخرى للحصول على المساعدة:</translation>
    </message>
    <message>
        <source>Ask for a call back</source>
        <translation type="unfinished">اطلب أن نتصل بك</translation>
    </message>
    <message>
        <source>Carry on on your phone</source>
        <translation type="unfinished">أكمل على هاتفك</translation>
    </message>
    <message>
        <source>Talk to someone</source>
        <translation type="unfinished">تحدث إلى شخص ما</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished">عودة</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>To keep your documents private, we will delete them and start again in:</source>
        <translation type="unfinished">للحفاظ على خصوصية مستنداتك، سنحذفها ونبدأ من جديد خلال:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln ثانية</numerusform>
            <numerusform>%Ln ثانية</numerusform>
            <numerusform>%Ln ثانية</numerusform>
            <numerusform>%Ln ثوانٍ</numerusform>
            <numerusform>%Ln ثانية</numerusform>
            <numerusform>%Ln ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation type="unfinished">أحتاج إلى مزيد من الوقت</translation>
    </message>
</context>
<context>
    <name>LanguageChoices</name>
    <message>
        <source>Languages</source>
        <translation type="unfinished">اللغات</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation type="unfinished">اختر لغتك</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">إغلاق</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Council self-serve station</source>
        <translation type="unfinished">محطة الخدمة الذاتية التابعة للمجلس</translation>
    </message>
    <message>
        <source>TRAINING: this is practice. Nothing is sent to the council.</source>
        <translation type="unfinished">تدريب: هذا للتمرين. لا يُرسَل أي شيء إلى المجلس.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished">اللغة: %1</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation type="unfinished">نص أكبر</translation>
    </message>
    <message>
        <source>Bigger text, colours and sound</source>
        <translation type="unfinished">نص أكبر وألوان وصوت</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished">اطلب المساعدة</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished">ابدأ من جديد</translation>
    </message>
</context>
<context>
    <name>OnlineScreen</name>
    <message>
        <source>Carry on on your phone</source>
        <translation type="unfinished">أكمل على هاتفك</translation>
    </message>
    <message>
        <source>Point your phone camera at the square code. Your phone opens the council&apos;s web page.</source>
        <translation type="unfinished">وجّه كاميرا هاتفك نحو الرمز المربع. سيفتح هاتفك صفحة المجلس على الإنترنت.</translation>
    </message>
    <message>
        <source>You can also type the address below.</source>
        <translation type="unfinished">يمكنك أيضاً كتابة العنوان أدناه.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished">رجوع</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>Out of service</source>
        <translation type="unfinished">خارج الخدمة</translation>
    </message>
    <message>
        <source>We are sorry about this.</source>
        <translation type="unfinished">نعتذر عن ذلك.</translation>
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
        <translation type="unfinished">جارٍ الطباعة. يُرجى الانتظار.</translation>
    </message>
    <message>
        <source>Please ask a member of staff for help.</source>
        <translation type="unfinished">يُرجى طلب المساعدة من أحد الموظفين.</translation>
    </message>
    <message>
        <source>The printer has run out of paper. Please ask a member of staff to add paper. Your pages will print then.</source>
        <translation type="unfinished">نفد الورق من الطابعة. يُرجى أن تطلب من أحد الموظفين إضافة ورق. ستُطبع صفحاتك بعد ذلك.</translation>
    </message>
    <message>
        <source>The printer has run out of ink.</source>
        <translation type="unfinished">نفد الحبر من الطابعة.</translation>
    </message>
    <message>
        <source>Paper is stuck in the printer.</source>
        <translation type="unfinished">الورق عالق في الطابعة.</translation>
    </message>
    <message>
        <source>A door on the printer is open.</source>
        <translation type="unfinished">أحد أبواب الطابعة مفتوح.</translation>
    </message>
    <message>
        <source>The printer is not working.</source>
        <translation type="unfinished">الطابعة لا تعمل.</translation>
    </message>
    <message>
        <source>Your pages could not be printed. Please ask a member of staff for help.</source>
        <translation type="unfinished">تعذّرت طباعة صفحاتك. يُرجى طلب المساعدة من أحد الموظفين.</translation>
    </message>
</context>
<context>
    <name>PrintStatus</name>
    <message>
        <source>Printed. Please take your pages from the printer.</source>
        <translation type="unfinished">تمت الطباعة. يُرجى أخذ صفحاتك من الطابعة.</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Read aloud: on</source>
        <translation type="unfinished">القراءة بصوت عالٍ: مُفعّلة</translation>
    </message>
    <message>
        <source>Read aloud: off</source>
        <translation type="unfinished">القراءة بصوت عالٍ: متوقفة</translation>
    </message>
</context>
<context>
    <name>ReferenceText</name>
    <message>
        <source>Your reference</source>
        <translation type="unfinished">رقمك المرجعي</translation>
    </message>
    <message>
        <source>Your reference is %1</source>
        <translation type="unfinished">رقمك المرجعي هو %1</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Check your pages</source>
        <translation type="unfinished">راجع صفحاتك</translation>
    </message>
    <message>
        <source>There are no pages left. Scan at least one page to send.</source>
        <translation type="unfinished">لم تبقَ أي صفحات. امسح صفحة واحدة على الأقل لإرسالها.</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation type="unfinished">تدوير</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">حذف</translation>
    </message>
    <message>
        <source>Make sure every page is the right way up and easy to read. Tap a page to see it larger.</source>
        <translation type="unfinished">تأكد من أن كل صفحة في الاتجاه الصحيح وسهلة القراءة. المس صفحة لتراها أكبر.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished">الصفحة %L1</translation>
    </message>
    <message>
        <source>See page %1 larger</source>
        <translation type="unfinished">اعرض الصفحة %L1 بحجم أكبر</translation>
    </message>
    <message>
        <source>Turn page %1</source>
        <translation type="unfinished">تدوير الصفحة %L1</translation>
    </message>
    <message>
        <source>Delete page %1</source>
        <translation type="unfinished">حذف الصفحة %L1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">متابعة</translation>
    </message>
    <message>
        <source>Scan more pages</source>
        <translation type="unfinished">امسح صفحات أخرى</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished">الصفحة %L1 من %L2</translation>
    </message>
    <message>
        <source>Scan this page again</source>
        <translation type="unfinished">امسح هذه الصفحة مرة أخرى</translation>
    </message>
    <message>
        <source>Scan page %1 again</source>
        <translation type="unfinished">امسح الصفحة %L1 مرة أخرى</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation type="unfinished">انقل إلى الأمام</translation>
    </message>
    <message>
        <source>Move page %1 earlier</source>
        <translation type="unfinished">انقل الصفحة %L1 إلى الأمام</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation type="unfinished">انقل إلى الخلف</translation>
    </message>
    <message>
        <source>Move page %1 later</source>
        <translation type="unfinished">انقل الصفحة %L1 إلى الخلف</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">إغلاق</translation>
    </message>
    <message>
        <source>Close page %1</source>
        <translation type="unfinished">أغلق الصفحة %L1</translation>
    </message>
    <message>
        <source>Delete page %1?</source>
        <translation type="unfinished">هل تريد حذف الصفحة %L1؟</translation>
    </message>
    <message>
        <source>You can scan it again afterwards if you need it.</source>
        <translation type="unfinished">يمكنك مسحها مرة أخرى لاحقًا إذا احتجت إليها.</translation>
    </message>
    <message>
        <source>Yes, delete page %1</source>
        <translation type="unfinished">نعم، احذف الصفحة %L1</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation type="unfinished">لا، احتفظ بها</translation>
    </message>
</context>
<context>
    <name>ReviewViewModel</name>
    <message>
        <source>This page looks blank. Keep it or scan again?</source>
        <translation type="unfinished">تبدو هذه الصفحة فارغة. هل تريد الاحتفاظ بها أم مسحها مرة أخرى؟</translation>
    </message>
    <message>
        <source>This page looks too dark. Keep it or scan again?</source>
        <translation type="unfinished">تبدو هذه الصفحة داكنة جدًا. هل تريد الاحتفاظ بها أم مسحها مرة أخرى؟</translation>
    </message>
    <message>
        <source>This page looks very faint. Keep it or scan again?</source>
        <translation type="unfinished">تبدو هذه الصفحة باهتة جدًا. هل تريد الاحتفاظ بها أم مسحها مرة أخرى؟</translation>
    </message>
    <message>
        <source>This page looks blurred. Keep it or scan again?</source>
        <translation type="unfinished">تبدو هذه الصفحة غير واضحة. هل تريد الاحتفاظ بها أم مسحها مرة أخرى؟</translation>
    </message>
    <message>
        <source>Part of this page may be cut off. Keep it or scan again?</source>
        <translation type="unfinished">قد يكون جزء من هذه الصفحة مقطوعًا. هل تريد الاحتفاظ بها أم مسحها مرة أخرى؟</translation>
    </message>
    <message>
        <source>This page is very large. Keep it or scan again?</source>
        <translation type="unfinished">هذه الصفحة كبيرة جدًا. هل تريد الاحتفاظ بها أم مسحها مرة أخرى؟</translation>
    </message>
</context>
<context>
    <name>ScannerFault</name>
    <message>
        <source>The paper is stuck in the scanner. Open the feeder and take the paper out. Then tap Try again.</source>
        <translation type="unfinished">الورق عالق في الماسح. افتح وحدة التغذية وأخرج الورق. ثم المس «حاول مرة أخرى».</translation>
    </message>
    <message>
        <source>There is no paper in the feeder. Put your pages in and tap Try again.</source>
        <translation type="unfinished">لا يوجد ورق في وحدة التغذية. ضع صفحاتك ثم المس «حاول مرة أخرى».</translation>
    </message>
    <message>
        <source>The scanner lid is open. Close it and tap Try again.</source>
        <translation type="unfinished">غطاء الماسح مفتوح. أغلقه ثم المس «حاول مرة أخرى».</translation>
    </message>
    <message>
        <source>The scanner is busy. Wait a moment and tap Try again.</source>
        <translation type="unfinished">الماسح مشغول. انتظر قليلًا ثم المس «حاول مرة أخرى».</translation>
    </message>
    <message>
        <source>The scanner stopped answering. Tap Try again. If it stops again, please ask a member of staff for help.</source>
        <translation type="unfinished">توقف الماسح عن الاستجابة. المس «حاول مرة أخرى». إذا توقف مرة أخرى، يُرجى طلب المساعدة من أحد الموظفين.</translation>
    </message>
    <message>
        <source>The scanner is not working. Please ask a member of staff for help.</source>
        <translation type="unfinished">الماسح لا يعمل. يُرجى طلب المساعدة من أحد الموظفين.</translation>
    </message>
    <message>
        <source>The scanner needs attention</source>
        <translation type="unfinished">الماسح يحتاج إلى تدخّل</translation>
    </message>
    <message>
        <source>Scanning stopped. Your other pages are kept.</source>
        <translation type="unfinished">توقف المسح. صفحاتك الأخرى محفوظة.</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Working</source>
        <translation type="unfinished">جارٍ العمل</translation>
    </message>
    <message>
        <source>We are sending your documents. Please wait…</source>
        <translation type="unfinished">نحن نرسل مستنداتك. يرجى الانتظار…</translation>
    </message>
</context>
<context>
    <name>ServiceAddress</name>
    <message>
        <source>Which service?</source>
        <translation type="unfinished">أي خدمة؟</translation>
    </message>
    <message>
        <source>QR code for %1</source>
        <translation type="unfinished">رمز QR لـ %1</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>Who are you sending documents to?</source>
        <translation type="unfinished">إلى من ترسل المستندات؟</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation type="unfinished">ماذا تريد أن تفعل؟</translation>
    </message>
    <message>
        <source>Tap the council service that asked you for documents.</source>
        <translation type="unfinished">المس خدمة المجلس التي طلبت منك المستندات.</translation>
    </message>
    <message>
        <source>You will need: %1</source>
        <translation type="unfinished">ستحتاج إلى: %1</translation>
    </message>
    <message>
        <source>Other things you can do here</source>
        <translation type="unfinished">أشياء أخرى يمكنك القيام بها هنا</translation>
    </message>
    <message>
        <source>Print a council form</source>
        <translation type="unfinished">اطبع نموذجًا من المجلس</translation>
    </message>
    <message>
        <source>Copy a document</source>
        <translation type="unfinished">انسخ مستندًا</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">رجوع</translation>
    </message>
</context>
<context>
    <name>SpeechViewModel</name>
    <message>
        <source>There is no voice for %1 here. The station will read aloud in English.</source>
        <translation type="unfinished">لا يوجد صوت بلغة %1 هنا. سيقرأ الجهاز بصوت عالٍ باللغة الإنجليزية.</translation>
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
        <translation type="unfinished">هل تريد البدء من جديد؟</translation>
    </message>
    <message>
        <source>Everything you have typed and scanned will be deleted.</source>
        <translation type="unfinished">سيُحذف كل ما كتبته ومسحته.</translation>
    </message>
    <message>
        <source>Yes, start again</source>
        <translation type="unfinished">نعم، ابدأ من جديد</translation>
    </message>
    <message>
        <source>No, carry on</source>
        <translation type="unfinished">لا، تابع</translation>
    </message>
</context>
<context>
    <name>StationViewModel</name>
    <message>
        <source>Sorry, this station is not working at the moment. Please ask a member of staff for help.</source>
        <translation type="unfinished">عذرًا، هذه المحطة لا تعمل الآن. يُرجى طلب المساعدة من أحد الموظفين.</translation>
    </message>
    <message>
        <source>The scanner is not working right now. You cannot send or copy here.</source>
        <translation type="unfinished">الماسح الضوئي لا يعمل الآن. لا يمكنك الإرسال أو النسخ هنا.</translation>
    </message>
    <message>
        <source>You cannot send documents from here right now.</source>
        <translation type="unfinished">لا يمكنك إرسال المستندات من هنا الآن.</translation>
    </message>
    <message>
        <source>The printer is not working right now. You cannot print or copy here.</source>
        <translation type="unfinished">الطابعة لا تعمل الآن. لا يمكنك الطباعة أو النسخ هنا.</translation>
    </message>
</context>
</TS>

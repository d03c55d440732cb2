#pragma once
// Property ids and flag values used by the project, by their spec names
// ([MS-OXPROPS], MAPIDefS.h; see ../shared/reference/mapi-props.tsv).
// Ids only: a property's type travels with its value (strings may be PT_STRING8 or PT_UNICODE).
#include <QtGlobal>
#include <QUuid>

namespace Ndr::Mapi {

using PropId = quint16;

// Message
constexpr PropId PR_MESSAGE_CLASS = 0x001A;
constexpr PropId PR_SUBJECT = 0x0037;
constexpr PropId PR_SUBJECT_PREFIX = 0x003D;
constexpr PropId PR_NORMALIZED_SUBJECT = 0x0E1D;
constexpr PropId PR_CONVERSATION_TOPIC = 0x0070;
constexpr PropId PR_CONVERSATION_INDEX = 0x0071;
constexpr PropId PR_MESSAGE_FLAGS = 0x0E07;
constexpr PropId PR_MESSAGE_SIZE = 0x0E08;
constexpr PropId PR_CLIENT_SUBMIT_TIME = 0x0039;
constexpr PropId PR_MESSAGE_DELIVERY_TIME = 0x0E06;
constexpr PropId PR_CREATION_TIME = 0x3007;
constexpr PropId PR_LAST_MODIFICATION_TIME = 0x3008;
constexpr PropId PR_ENTRYID = 0x0FFF;
constexpr PropId PR_RECORD_KEY = 0x0FF9;
constexpr PropId PR_SEARCH_KEY = 0x300B;
constexpr PropId PR_ORIGINAL_ENTRYID = 0x3A12;
constexpr PropId PR_ORIG_MESSAGE_CLASS = 0x004B;
constexpr PropId PR_ORIGINAL_SUBJECT = 0x0049;
constexpr PropId PR_ORIGINAL_SUBMIT_TIME = 0x004E;
constexpr PropId PR_ORIGINAL_DISPLAY_TO = 0x0074;
constexpr PropId PR_ORIGINAL_DISPLAY_CC = 0x0073;
constexpr PropId PR_ORIGINAL_DISPLAY_BCC = 0x0072;
constexpr PropId PR_DISPLAY_TO = 0x0E04;
constexpr PropId PR_DISPLAY_CC = 0x0E03;
constexpr PropId PR_DISPLAY_BCC = 0x0E02;
constexpr PropId PR_BODY = 0x1000;
constexpr PropId PR_REPORT_TEXT = 0x1001;
constexpr PropId PR_RTF_COMPRESSED = 0x1009;
constexpr PropId PR_HTML = 0x1013;
constexpr PropId PR_INTERNET_MESSAGE_ID = 0x1035;
constexpr PropId PR_IN_REPLY_TO_ID = 0x1042;
constexpr PropId PR_INTERNET_REFERENCES = 0x1039;
constexpr PropId PR_ORIGINAL_MESSAGE_ID = 0x1046;
constexpr PropId PR_TRANSPORT_MESSAGE_HEADERS = 0x007D;
constexpr PropId PR_MESSAGE_CODEPAGE = 0x3FFD;
constexpr PropId PR_INTERNET_CPID = 0x3FDE;
constexpr PropId PR_STORE_SUPPORT_MASK = 0x340D;
constexpr PropId PR_REPORTING_MTA = 0x6820;  // PidTagReportingMessageTransferAgent
constexpr PropId PR_RECEIVED_BY_NAME = 0x0040;
constexpr PropId PR_RECEIVED_BY_EMAIL_ADDRESS = 0x0076;
constexpr PropId PR_RECEIVED_BY_SMTP_ADDRESS = 0x5D07;
constexpr PropId PR_RECEIVED_BY_ADDRTYPE = 0x0075;
constexpr PropId PR_RCVD_REPRESENTING_NAME = 0x0044;
constexpr PropId PR_RCVD_REPRESENTING_SMTP_ADDRESS = 0x5D08;

// Sender families: not copied by resend, stamped at submission.
constexpr PropId PR_SENDER_ENTRYID = 0x0C19;
constexpr PropId PR_SENDER_NAME = 0x0C1A;
constexpr PropId PR_SENDER_SEARCH_KEY = 0x0C1D;
constexpr PropId PR_SENDER_ADDRTYPE = 0x0C1E;
constexpr PropId PR_SENDER_EMAIL_ADDRESS = 0x0C1F;
constexpr PropId PR_SENDER_SMTP_ADDRESS = 0x5D01;
constexpr PropId PR_SENDER_FLAGS = 0x4019;
constexpr PropId PR_SENT_REPRESENTING_SEARCH_KEY = 0x003B;
constexpr PropId PR_SENT_REPRESENTING_ENTRYID = 0x0041;
constexpr PropId PR_SENT_REPRESENTING_NAME = 0x0042;
constexpr PropId PR_SENT_REPRESENTING_ADDRTYPE = 0x0064;
constexpr PropId PR_SENT_REPRESENTING_EMAIL_ADDRESS = 0x0065;
constexpr PropId PR_SENT_REPRESENTING_SMTP_ADDRESS = 0x5D02;
constexpr PropId PR_SENT_REPRESENTING_FLAGS = 0x401A;
constexpr PropId kSenderFamilies[] = {
    PR_SENDER_ENTRYID,  PR_SENDER_NAME, PR_SENDER_SEARCH_KEY, PR_SENDER_ADDRTYPE,
    PR_SENDER_EMAIL_ADDRESS, PR_SENDER_SMTP_ADDRESS, PR_SENDER_FLAGS,
    PR_SENT_REPRESENTING_SEARCH_KEY, PR_SENT_REPRESENTING_ENTRYID, PR_SENT_REPRESENTING_NAME,
    PR_SENT_REPRESENTING_ADDRTYPE, PR_SENT_REPRESENTING_EMAIL_ADDRESS,
    PR_SENT_REPRESENTING_SMTP_ADDRESS, PR_SENT_REPRESENTING_FLAGS,
};

// Recipient rows
constexpr PropId PR_RECIPIENT_TYPE = 0x0C15;
constexpr PropId PR_ROWID = 0x3000;
constexpr PropId PR_DISPLAY_NAME = 0x3001;
constexpr PropId PR_ADDRTYPE = 0x3002;
constexpr PropId PR_EMAIL_ADDRESS = 0x3003;
constexpr PropId PR_SMTP_ADDRESS = 0x39FE;
constexpr PropId PR_TRANSMITABLE_DISPLAY_NAME = 0x3A20;
constexpr PropId PR_RECIPIENT_FLAGS = 0x5FFD;
constexpr PropId PR_RESPONSIBILITY = 0x0E0F;

// Per-recipient NDR properties ([MS-OXOMSG] 2.2.2.30-2.2.2.35); removed from resent rows.
constexpr PropId PR_NDR_REASON_CODE = 0x0C04;
constexpr PropId PR_NDR_DIAG_CODE = 0x0C05;
constexpr PropId PR_NDR_STATUS_CODE = 0x0C20;
constexpr PropId PR_DSN_REMOTE_MTA = 0x0C21;  // PidTagRemoteMessageTransferAgent
constexpr PropId PR_SUPPLEMENTARY_INFO = 0x0C1B;
constexpr PropId PR_REPORT_TIME = 0x0032;
constexpr PropId PR_REPORT_TAG = 0x0031;
constexpr PropId PR_REPORT_NAME = 0x003A;
constexpr PropId PR_REPORT_ENTRYID = 0x0045;
constexpr PropId PR_REPORT_SEARCH_KEY = 0x0054;
constexpr PropId kRecipientNdrProps[] = {
    PR_NDR_REASON_CODE, PR_NDR_DIAG_CODE, PR_NDR_STATUS_CODE, PR_DSN_REMOTE_MTA,
    PR_SUPPLEMENTARY_INFO, PR_REPORT_TIME, PR_REPORT_TEXT, PR_REPORT_TAG, PR_REPORT_NAME,
    PR_REPORT_ENTRYID, PR_REPORT_SEARCH_KEY,
};

// Attachments
constexpr PropId PR_ATTACH_NUM = 0x0E21;
constexpr PropId PR_ATTACH_METHOD = 0x3705;
constexpr PropId PR_ATTACH_DATA_BIN = 0x3701;  // also PR_ATTACH_DATA_OBJ (PT_OBJECT)
constexpr PropId PR_ATTACH_FILENAME = 0x3704;
constexpr PropId PR_ATTACH_LONG_FILENAME = 0x3707;
constexpr PropId PR_ATTACH_EXTENSION = 0x3703;
constexpr PropId PR_ATTACH_MIME_TAG = 0x370E;
constexpr PropId PR_ATTACH_CONTENT_ID = 0x3712;
constexpr PropId PR_ATTACH_SIZE = 0x0E20;
constexpr PropId PR_ATTACHMENT_HIDDEN = 0x7FFE;
constexpr PropId PR_RENDERING_POSITION = 0x370B;

// Values
constexpr qint32 MAPI_ORIG = 0, MAPI_TO = 1, MAPI_CC = 2, MAPI_BCC = 3;
constexpr quint32 MAPI_P1 = 0x10000000;
constexpr quint32 MAPI_SUBMITTED = 0x80000000;
constexpr quint32 MSGFLAG_READ = 0x01, MSGFLAG_UNMODIFIED = 0x02, MSGFLAG_SUBMIT = 0x04,
                  MSGFLAG_UNSENT = 0x08, MSGFLAG_HASATTACH = 0x10, MSGFLAG_FROMME = 0x20,
                  MSGFLAG_RESEND = 0x80;
constexpr qint32 ATTACH_BY_VALUE = 1, ATTACH_EMBEDDED_MSG = 5, ATTACH_OLE = 6;

// Property sets of named properties ([MS-OXPROPS] 1.3.2)
inline const QUuid PS_MAPI{0x00020328, 0x0000, 0x0000, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46};
inline const QUuid PS_PUBLIC_STRINGS{0x00020329, 0x0000, 0x0000, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46};
inline const QUuid PS_INTERNET_HEADERS{0x00020386, 0x0000, 0x0000, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46};
inline const QUuid PSETID_Common{0x00062008, 0x0000, 0x0000, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46};
inline const QUuid PSETID_Report{0x00062013, 0x0000, 0x0000, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46};

} // namespace Ndr::Mapi

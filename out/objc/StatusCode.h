// Generated from spec/status-codes.yaml by status-codegen — do not edit.

#import <Foundation/Foundation.h>

// Apple's Foundation defines these and GNUstep's does not; they only tell Swift how to import what
// follows, so where the compiler lacks the attributes they stand for nothing.
#ifndef NS_SWIFT_NAME
#  if __has_attribute(swift_name)
#    define NS_SWIFT_NAME(_name) __attribute__((swift_name(#_name)))
#  else
#    define NS_SWIFT_NAME(_name)
#  endif
#endif
#ifndef NS_TYPED_ENUM
#  if __has_attribute(swift_wrapper)
#    define NS_TYPED_ENUM __attribute__((swift_wrapper(enum)))
#  else
#    define NS_TYPED_ENUM
#  endif
#endif

// GNUstep's FOUNDATION_EXPORT gives no C linkage in Objective-C++, as Apple's does.
#ifdef __cplusplus
extern "C" {
#endif

NS_ASSUME_NONNULL_BEGIN

/** A group of status codes, following the sections of the status code table: its id. */
typedef NSString *StatusCategory NS_TYPED_ENUM;

/** General */
FOUNDATION_EXPORT StatusCategory const StatusCategoryGeneral;
/** Team */
FOUNDATION_EXPORT StatusCategory const StatusCategoryTeam;
/** Audio & video calls and whiteboard */
FOUNDATION_EXPORT StatusCategory const StatusCategoryAvCall;
/** Chat room */
FOUNDATION_EXPORT StatusCategory const StatusCategoryChatroom;
/** Account registration service */
FOUNDATION_EXPORT StatusCategory const StatusCategoryRegistration;
/** Signaling service */
FOUNDATION_EXPORT StatusCategory const StatusCategorySignaling;

/** Whether a code reports success, information (such as a partial success) or an error. */
typedef NSString *StatusKind NS_TYPED_ENUM;

FOUNDATION_EXPORT StatusKind const StatusKindSuccess;
FOUNDATION_EXPORT StatusKind const StatusKindInfo;
FOUNDATION_EXPORT StatusKind const StatusKindError;

/** Every status code, by its canonical name; the value is the number the server or SDK returns. */
typedef NS_ENUM(NSInteger, StatusCode) {
    /** The operation succeeded. */
    StatusCodeOk = 200,
    /** Incorrect client version. You must upgrade the SDK. */
    StatusCodeInvalidVersion = 201,
    /** The account or channel is banned. */
    StatusCodeAccountOrChannelBanned = 301,
    /** Incorrect user name or password. */
    StatusCodeInvalidPassword = 302,
    /** IP address restriction. */
    StatusCodeIpNotAllowed = 315,
    /** Invalid operation or no permission */
    StatusCodeForbidden = 403,
    /** No object found */
    StatusCodeNotFound = 404,
    /** The parameter length is too long */
    StatusCodeParameterTooLong = 405,
    /** Read-only object */
    StatusCodeReadOnly = 406,
    /** Client request times out */
    StatusCodeTimeout = 408,
    /** SMS verification failed */
    StatusCodeSmsVerificationFailed = 413,
    /** Error parameters */
    StatusCodeParameterError = 414,
    /** Client network issue */
    StatusCodeConnectionError = 415,
    /** Rate upper limit is reached. */
    StatusCodeRateLimit = 416,
    /** Repeated operation */
    StatusCodeAlreadyExists = 417,
    /** SMS channel is not available */
    StatusCodeSmsChannelUnavailable = 418,
    /** The quantity exceeds the upper limit */
    StatusCodeLimitExceeded = 419,
    /** Account is banned. */
    StatusCodeAccountBlocked = 422,
    /** Account is muted. */
    StatusCodeAccountMuted = 423,
    /** HTTP request is repeated. */
    StatusCodeDuplicateHttpRequest = 431,
    /** Server internal error. */
    StatusCodeServerInternalError = 500,
    /** Server is busy. */
    StatusCodeServerBusy = 503,
    /** Message recall times out. */
    StatusCodeMessageRecallExpired = 508,
    /** Invalid protocol. */
    StatusCodeInvalidProtocol = 509,
    /** Service unavailable. */
    StatusCodeServiceUnavailable = 514,
    /** The number of team members exceeds the upper limit. */
    StatusCodeTeamMemberLimit = 801,
    /** No permissions. */
    StatusCodeTeamAccessDenied = 802,
    /** Team does not exist. */
    StatusCodeTeamNotFound = 803,
    /** User does not join the team. */
    StatusCodeNotInTeam = 804,
    /** Team type does not match. */
    StatusCodeTeamTypeMismatch = 805,
    /** The number of teams created reaches the upper limit. */
    StatusCodeTeamCountLimit = 806,
    /** Team member status error. */
    StatusCodeTeamMemberStatusError = 807,
    /** Application approved. */
    StatusCodeTeamApplySuccess = 808,
    /** User is already in the team. */
    StatusCodeAlreadyInTeam = 809,
    /** Successfully invited. */
    StatusCodeTeamInviteSuccess = 810,
    /** The number of @ mentioned accounts exceeds the upper limit. */
    StatusCodeMentionLimit = 811,
    /** The team is muted, and ordinary members are not allowed to send messages. */
    StatusCodeTeamMuted = 812,
    /** Successful partial invitation of team members. */
    StatusCodeTeamInvitePartialSuccess = 813,
    /** Team read receipt is prohibited. */
    StatusCodeTeamReadReceiptDisabled = 814,
    /** The number of team administrators exceeds the upper limit. */
    StatusCodeTeamAdminLimit = 815,
    /** Unpacking error. */
    StatusCodeUnpackError = 998,
    /** Packaging error. */
    StatusCodePackError = 999,
    /** Channel fails. */
    StatusCodeChannelFailed = 9102,
    /** The call is responded on other device. */
    StatusCodeCallAnsweredElsewhere = 9103,
    /** The CommsEase account of a peer is offline. */
    StatusCodeSignalPeerOffline = 10201,
    /** The CommsEase account of a peer is offline, and push notifications can not be delivered. */
    StatusCodeSignalPeerPushOffline = 10202,
    /** The room does not exist */
    StatusCodeSignalRoomNotFound = 10404,
    /** The room already exists */
    StatusCodeSignalRoomExists = 10405,
    /** The user is not in the room */
    StatusCodeSignalNotInRoom = 10406,
    /** The user already exists in the room */
    StatusCodeSignalAlreadyInRoom = 10407,
    /** Invitation does not exist or has expired. */
    StatusCodeSignalInviteNotFound = 10408,
    /** Invitation is rejected. */
    StatusCodeSignalInviteRejected = 10409,
    /** Invitation is accepted. */
    StatusCodeSignalInviteAccepted = 10410,
    /** Duplicate Uids. */
    StatusCodeSignalUidConflict = 10417,
    /** The number of room members reaches the upper limit. */
    StatusCodeSignalRoomMemberLimit = 10419,
    /** The user already exists in the room (joining from other ends) */
    StatusCodeSignalAlreadyInRoomElsewhere = 10420,
    /** The mailbox format is invalid. */
    StatusCodeInvalidEmailFormat = 10431,
    /** Mobile phone format is invalid. */
    StatusCodeInvalidPhoneFormat = 10432,
    /** Password confirmation failed. */
    StatusCodePasswordConfirmationFailed = 10433,
    /** The company does not exist. */
    StatusCodeCompanyNotFound = 10434,
    /** Incorrect login account or password. */
    StatusCodeInvalidLoginCredentials = 10435,
    /** App cannot be found. */
    StatusCodeAppNotFound = 10436,
    /** Email already exists. */
    StatusCodeEmailExists = 10437,
    /** Mobile phone number already exists. */
    StatusCodePhoneExists = 10438,
    /** app name already exists. */
    StatusCodeAppNameExists = 10441,
    /** The call is unreachable, and the caller goes offline. */
    StatusCodeCallUnreachable = 11001,
    /** IM connection is abnormal. */
    StatusCodeChatroomImLinkError = 13001,
    /** Chat room status is abnormal. */
    StatusCodeChatroomStatusError = 13002,
    /** The account is in the blocklist, it is prohibited from joining the chat room. */
    StatusCodeChatroomBlocklisted = 13003,
    /** Banned accounts are not allowed to send messages. */
    StatusCodeChatroomMuted = 13004,
    /** The profile name and profile picture in a chat room or extension field of a member is filtered by the anti-spam service. */
    StatusCodeChatroomAntispamFiltered = 13005,
};

/** The domain of an NSError whose code is one of these. */
FOUNDATION_EXPORT NSErrorDomain const StatusCodeErrorDomain NS_SWIFT_NAME(StatusCode.errorDomain);

/** The version of the status-code table this file was generated from: the spec's `version`. */
FOUNDATION_EXPORT NSString *const StatusCodeTableVersion NS_SWIFT_NAME(StatusCode.tableVersion);

/** Every code's number, sorted. */
FOUNDATION_EXPORT NSArray<NSNumber *> *StatusCodeAllValues(void) NS_SWIFT_NAME(getter:StatusCode.allValues());

/** The canonical SCREAMING_SNAKE_CASE name, the same on every platform; nil for a number the table does not have. */
FOUNDATION_EXPORT NSString *_Nullable StatusCodeName(NSInteger code) NS_SWIFT_NAME(StatusCode.name(forCode:));

/** What the code means; nil for a number the table does not have. */
FOUNDATION_EXPORT NSString *_Nullable StatusCodeMessage(NSInteger code) NS_SWIFT_NAME(StatusCode.message(forCode:));

/** The id of the code's category; nil for a number the table does not have. */
FOUNDATION_EXPORT StatusCategory _Nullable StatusCodeCategory(NSInteger code) NS_SWIFT_NAME(StatusCode.category(forCode:));

/** Whether the code reports success, information or an error; nil for a number the table does not have. */
FOUNDATION_EXPORT StatusKind _Nullable StatusCodeKind(NSInteger code) NS_SWIFT_NAME(StatusCode.kind(forCode:));

/** YES when the same request may succeed if sent again later; NO for a number the table does not have. */
FOUNDATION_EXPORT BOOL StatusCodeIsRetryable(NSInteger code) NS_SWIFT_NAME(StatusCode.isRetryable(forCode:));

/** Every category, in the table's order. */
FOUNDATION_EXPORT NSArray<StatusCategory> *StatusCategoryAllValues(void) NS_SWIFT_NAME(getter:StatusCategory.allValues());

/** The category's heading; nil for an id the table does not have. */
FOUNDATION_EXPORT NSString *_Nullable StatusCategoryTitle(StatusCategory category) NS_SWIFT_NAME(getter:StatusCategory.title(self:));

/**
 * What the category's codes have in common (the spec's `description`); nil for an id the table does not
 * have. Swift calls it `summary`, as `description` means something else there.
 */
FOUNDATION_EXPORT NSString *_Nullable StatusCategoryDescription(StatusCategory category) NS_SWIFT_NAME(getter:StatusCategory.summary(self:));

NS_ASSUME_NONNULL_END

#ifdef __cplusplus
}
#endif

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
    // Legacy names, each the value of the code it names: the table's former names and the iOS SDK's
    // NIMRemoteErrorCode enumerators, so that code written against them compiles, with a warning.
    /**
     * NIMRemoteErrorCodeInvalidVersion is a name from the iOS SDK for 201 INVALID_VERSION.
     *
     * @deprecated Use StatusCodeInvalidVersion instead.
     */
    NIMRemoteErrorCodeInvalidVersion NS_SWIFT_NAME(codeInvalidVersion) __attribute__((deprecated("NIMRemoteErrorCodeInvalidVersion is a name from the iOS SDK for 201 INVALID_VERSION.", "StatusCodeInvalidVersion"))) = StatusCodeInvalidVersion,
    /**
     * NIMRemoteErrorCodeInvalidPass is a name from the iOS SDK for 302 INVALID_PASSWORD.
     *
     * @deprecated Use StatusCodeInvalidPassword instead.
     */
    NIMRemoteErrorCodeInvalidPass NS_SWIFT_NAME(codeInvalidPass) __attribute__((deprecated("NIMRemoteErrorCodeInvalidPass is a name from the iOS SDK for 302 INVALID_PASSWORD.", "StatusCodeInvalidPassword"))) = StatusCodeInvalidPassword,
    /**
     * NIMRemoteErrorCodeForbidden is a name from the iOS SDK for 403 FORBIDDEN.
     *
     * @deprecated Use StatusCodeForbidden instead.
     */
    NIMRemoteErrorCodeForbidden NS_SWIFT_NAME(codeForbidden) __attribute__((deprecated("NIMRemoteErrorCodeForbidden is a name from the iOS SDK for 403 FORBIDDEN.", "StatusCodeForbidden"))) = StatusCodeForbidden,
    /**
     * NIMRemoteErrorCodeNotExist is a name from the iOS SDK for 404 NOT_FOUND.
     *
     * @deprecated Use StatusCodeNotFound instead.
     */
    NIMRemoteErrorCodeNotExist NS_SWIFT_NAME(codeNotExist) __attribute__((deprecated("NIMRemoteErrorCodeNotExist is a name from the iOS SDK for 404 NOT_FOUND.", "StatusCodeNotFound"))) = StatusCodeNotFound,
    /**
     * NIMRemoteErrorCodeReadOnly is a name from the iOS SDK for 406 READ_ONLY.
     *
     * @deprecated Use StatusCodeReadOnly instead.
     */
    NIMRemoteErrorCodeReadOnly NS_SWIFT_NAME(codeReadOnly) __attribute__((deprecated("NIMRemoteErrorCodeReadOnly is a name from the iOS SDK for 406 READ_ONLY.", "StatusCodeReadOnly"))) = StatusCodeReadOnly,
    /**
     * NIMRemoteErrorCodeTimeoutError is a name from the iOS SDK for 408 TIMEOUT.
     *
     * @deprecated Use StatusCodeTimeout instead.
     */
    NIMRemoteErrorCodeTimeoutError NS_SWIFT_NAME(codeTimeoutError) __attribute__((deprecated("NIMRemoteErrorCodeTimeoutError is a name from the iOS SDK for 408 TIMEOUT.", "StatusCodeTimeout"))) = StatusCodeTimeout,
    /**
     * NIMRemoteErrorCodeParameterError is a name from the iOS SDK for 414 PARAMETER_ERROR.
     *
     * @deprecated Use StatusCodeParameterError instead.
     */
    NIMRemoteErrorCodeParameterError NS_SWIFT_NAME(codeParameterError) __attribute__((deprecated("NIMRemoteErrorCodeParameterError is a name from the iOS SDK for 414 PARAMETER_ERROR.", "StatusCodeParameterError"))) = StatusCodeParameterError,
    /**
     * NIMRemoteErrorCodeConnectionError is a name from the iOS SDK for 415 CONNECTION_ERROR.
     *
     * @deprecated Use StatusCodeConnectionError instead.
     */
    NIMRemoteErrorCodeConnectionError NS_SWIFT_NAME(codeConnectionError) __attribute__((deprecated("NIMRemoteErrorCodeConnectionError is a name from the iOS SDK for 415 CONNECTION_ERROR.", "StatusCodeConnectionError"))) = StatusCodeConnectionError,
    /**
     * NIMRemoteErrorCodeFrequently is a name from the iOS SDK for 416 RATE_LIMIT.
     *
     * @deprecated Use StatusCodeRateLimit instead.
     */
    NIMRemoteErrorCodeFrequently NS_SWIFT_NAME(codeFrequently) __attribute__((deprecated("NIMRemoteErrorCodeFrequently is a name from the iOS SDK for 416 RATE_LIMIT.", "StatusCodeRateLimit"))) = StatusCodeRateLimit,
    /**
     * NIMRemoteErrorCodeExist is a name from the iOS SDK for 417 ALREADY_EXISTS.
     *
     * @deprecated Use StatusCodeAlreadyExists instead.
     */
    NIMRemoteErrorCodeExist NS_SWIFT_NAME(codeExist) __attribute__((deprecated("NIMRemoteErrorCodeExist is a name from the iOS SDK for 417 ALREADY_EXISTS.", "StatusCodeAlreadyExists"))) = StatusCodeAlreadyExists,
    /**
     * NIMRemoteErrorCodeBeyondLimit is a name from the iOS SDK for 419 LIMIT_EXCEEDED.
     *
     * @deprecated Use StatusCodeLimitExceeded instead.
     */
    NIMRemoteErrorCodeBeyondLimit NS_SWIFT_NAME(codeBeyondLimit) __attribute__((deprecated("NIMRemoteErrorCodeBeyondLimit is a name from the iOS SDK for 419 LIMIT_EXCEEDED.", "StatusCodeLimitExceeded"))) = StatusCodeLimitExceeded,
    /**
     * NIMRemoteErrorAccountBlock is a name from the iOS SDK for 422 ACCOUNT_BLOCKED.
     *
     * @deprecated Use StatusCodeAccountBlocked instead.
     */
    NIMRemoteErrorAccountBlock NS_SWIFT_NAME(accountBlock) __attribute__((deprecated("NIMRemoteErrorAccountBlock is a name from the iOS SDK for 422 ACCOUNT_BLOCKED.", "StatusCodeAccountBlocked"))) = StatusCodeAccountBlocked,
    /**
     * NIMRemoteErrorCodeUnknownError is a name from the iOS SDK for 500 SERVER_INTERNAL_ERROR.
     *
     * @deprecated Use StatusCodeServerInternalError instead.
     */
    NIMRemoteErrorCodeUnknownError NS_SWIFT_NAME(codeUnknownError) __attribute__((deprecated("NIMRemoteErrorCodeUnknownError is a name from the iOS SDK for 500 SERVER_INTERNAL_ERROR.", "StatusCodeServerInternalError"))) = StatusCodeServerInternalError,
    /**
     * NIMRemoteErrorCodeDomainExpireOld is a name from the iOS SDK for 508 MESSAGE_RECALL_EXPIRED.
     *
     * @deprecated Use StatusCodeMessageRecallExpired instead.
     */
    NIMRemoteErrorCodeDomainExpireOld NS_SWIFT_NAME(codeDomainExpireOld) __attribute__((deprecated("NIMRemoteErrorCodeDomainExpireOld is a name from the iOS SDK for 508 MESSAGE_RECALL_EXPIRED.", "StatusCodeMessageRecallExpired"))) = StatusCodeMessageRecallExpired,
    /**
     * NIMRemoteErrorCodeInvalidProtocol is a name from the iOS SDK for 509 INVALID_PROTOCOL.
     *
     * @deprecated Use StatusCodeInvalidProtocol instead.
     */
    NIMRemoteErrorCodeInvalidProtocol NS_SWIFT_NAME(codeInvalidProtocol) __attribute__((deprecated("NIMRemoteErrorCodeInvalidProtocol is a name from the iOS SDK for 509 INVALID_PROTOCOL.", "StatusCodeInvalidProtocol"))) = StatusCodeInvalidProtocol,
    /**
     * NIMRemoteErrorCodeServiceUnavailable is a name from the iOS SDK for 514 SERVICE_UNAVAILABLE.
     *
     * @deprecated Use StatusCodeServiceUnavailable instead.
     */
    NIMRemoteErrorCodeServiceUnavailable NS_SWIFT_NAME(codeServiceUnavailable) __attribute__((deprecated("NIMRemoteErrorCodeServiceUnavailable is a name from the iOS SDK for 514 SERVICE_UNAVAILABLE.", "StatusCodeServiceUnavailable"))) = StatusCodeServiceUnavailable,
    /**
     * NIMRemoteErrorCodeTeamMemberLimit is a name from the iOS SDK for 801 TEAM_MEMBER_LIMIT.
     *
     * @deprecated Use StatusCodeTeamMemberLimit instead.
     */
    NIMRemoteErrorCodeTeamMemberLimit NS_SWIFT_NAME(codeTeamMemberLimit) __attribute__((deprecated("NIMRemoteErrorCodeTeamMemberLimit is a name from the iOS SDK for 801 TEAM_MEMBER_LIMIT.", "StatusCodeTeamMemberLimit"))) = StatusCodeTeamMemberLimit,
    /**
     * NIMRemoteErrorCodeTeamAccessError is a name from the iOS SDK for 802 TEAM_ACCESS_DENIED.
     *
     * @deprecated Use StatusCodeTeamAccessDenied instead.
     */
    NIMRemoteErrorCodeTeamAccessError NS_SWIFT_NAME(codeTeamAccessError) __attribute__((deprecated("NIMRemoteErrorCodeTeamAccessError is a name from the iOS SDK for 802 TEAM_ACCESS_DENIED.", "StatusCodeTeamAccessDenied"))) = StatusCodeTeamAccessDenied,
    /**
     * NIMRemoteErrorCodeTeamNotExists is a name from the iOS SDK for 803 TEAM_NOT_FOUND.
     *
     * @deprecated Use StatusCodeTeamNotFound instead.
     */
    NIMRemoteErrorCodeTeamNotExists NS_SWIFT_NAME(codeTeamNotExists) __attribute__((deprecated("NIMRemoteErrorCodeTeamNotExists is a name from the iOS SDK for 803 TEAM_NOT_FOUND.", "StatusCodeTeamNotFound"))) = StatusCodeTeamNotFound,
    /**
     * NIMRemoteErrorCodeNotInTeam is a name from the iOS SDK for 804 NOT_IN_TEAM.
     *
     * @deprecated Use StatusCodeNotInTeam instead.
     */
    NIMRemoteErrorCodeNotInTeam NS_SWIFT_NAME(codeNotInTeam) __attribute__((deprecated("NIMRemoteErrorCodeNotInTeam is a name from the iOS SDK for 804 NOT_IN_TEAM.", "StatusCodeNotInTeam"))) = StatusCodeNotInTeam,
    /**
     * NIMRemoteErrorCodeTeamInvaildType is a name from the iOS SDK for 805 TEAM_TYPE_MISMATCH.
     *
     * @deprecated Use StatusCodeTeamTypeMismatch instead.
     */
    NIMRemoteErrorCodeTeamInvaildType NS_SWIFT_NAME(codeTeamInvaildType) __attribute__((deprecated("NIMRemoteErrorCodeTeamInvaildType is a name from the iOS SDK for 805 TEAM_TYPE_MISMATCH.", "StatusCodeTeamTypeMismatch"))) = StatusCodeTeamTypeMismatch,
    /**
     * NIMRemoteErrorCodeTeamCountLimit is a name from the iOS SDK for 806 TEAM_COUNT_LIMIT.
     *
     * @deprecated Use StatusCodeTeamCountLimit instead.
     */
    NIMRemoteErrorCodeTeamCountLimit NS_SWIFT_NAME(codeTeamCountLimit) __attribute__((deprecated("NIMRemoteErrorCodeTeamCountLimit is a name from the iOS SDK for 806 TEAM_COUNT_LIMIT.", "StatusCodeTeamCountLimit"))) = StatusCodeTeamCountLimit,
    /**
     * NIMRemoteErrorCodeTeamAlreadyIn is a name from the iOS SDK for 809 ALREADY_IN_TEAM.
     *
     * @deprecated Use StatusCodeAlreadyInTeam instead.
     */
    NIMRemoteErrorCodeTeamAlreadyIn NS_SWIFT_NAME(codeTeamAlreadyIn) __attribute__((deprecated("NIMRemoteErrorCodeTeamAlreadyIn is a name from the iOS SDK for 809 ALREADY_IN_TEAM.", "StatusCodeAlreadyInTeam"))) = StatusCodeAlreadyInTeam,
    /**
     * NIMRemoteErrorCodeEUnpacket is a name from the iOS SDK for 998 UNPACK_ERROR.
     *
     * @deprecated Use StatusCodeUnpackError instead.
     */
    NIMRemoteErrorCodeEUnpacket NS_SWIFT_NAME(codeEUnpacket) __attribute__((deprecated("NIMRemoteErrorCodeEUnpacket is a name from the iOS SDK for 998 UNPACK_ERROR.", "StatusCodeUnpackError"))) = StatusCodeUnpackError,
    /**
     * NIMRemoteErrorCodeEPacket is a name from the iOS SDK for 999 PACK_ERROR.
     *
     * @deprecated Use StatusCodePackError instead.
     */
    NIMRemoteErrorCodeEPacket NS_SWIFT_NAME(codeEPacket) __attribute__((deprecated("NIMRemoteErrorCodeEPacket is a name from the iOS SDK for 999 PACK_ERROR.", "StatusCodePackError"))) = StatusCodePackError,
    /**
     * NIMRemoteErrorCodeSignalResPeerNIMOffline is a name from the iOS SDK for 10201 SIGNAL_PEER_OFFLINE.
     *
     * @deprecated Use StatusCodeSignalPeerOffline instead.
     */
    NIMRemoteErrorCodeSignalResPeerNIMOffline NS_SWIFT_NAME(codeSignalResPeerNIMOffline) __attribute__((deprecated("NIMRemoteErrorCodeSignalResPeerNIMOffline is a name from the iOS SDK for 10201 SIGNAL_PEER_OFFLINE.", "StatusCodeSignalPeerOffline"))) = StatusCodeSignalPeerOffline,
    /**
     * NIMRemoteErrorCodeSignalResPeerPushOffline is a name from the iOS SDK for 10202 SIGNAL_PEER_PUSH_OFFLINE.
     *
     * @deprecated Use StatusCodeSignalPeerPushOffline instead.
     */
    NIMRemoteErrorCodeSignalResPeerPushOffline NS_SWIFT_NAME(codeSignalResPeerPushOffline) __attribute__((deprecated("NIMRemoteErrorCodeSignalResPeerPushOffline is a name from the iOS SDK for 10202 SIGNAL_PEER_PUSH_OFFLINE.", "StatusCodeSignalPeerPushOffline"))) = StatusCodeSignalPeerPushOffline,
    /**
     * NIMRemoteErrorCodeSignalResRoomNotExists is a name from the iOS SDK for 10404 SIGNAL_ROOM_NOT_FOUND.
     *
     * @deprecated Use StatusCodeSignalRoomNotFound instead.
     */
    NIMRemoteErrorCodeSignalResRoomNotExists NS_SWIFT_NAME(codeSignalResRoomNotExists) __attribute__((deprecated("NIMRemoteErrorCodeSignalResRoomNotExists is a name from the iOS SDK for 10404 SIGNAL_ROOM_NOT_FOUND.", "StatusCodeSignalRoomNotFound"))) = StatusCodeSignalRoomNotFound,
    /**
     * NIMRemoteErrorCodeSignalResRoomHasExists is a name from the iOS SDK for 10405 SIGNAL_ROOM_EXISTS.
     *
     * @deprecated Use StatusCodeSignalRoomExists instead.
     */
    NIMRemoteErrorCodeSignalResRoomHasExists NS_SWIFT_NAME(codeSignalResRoomHasExists) __attribute__((deprecated("NIMRemoteErrorCodeSignalResRoomHasExists is a name from the iOS SDK for 10405 SIGNAL_ROOM_EXISTS.", "StatusCodeSignalRoomExists"))) = StatusCodeSignalRoomExists,
    /**
     * NIMRemoteErrorCodeSignalResRoomMemberNotExists is a name from the iOS SDK for 10406 SIGNAL_NOT_IN_ROOM.
     *
     * @deprecated Use StatusCodeSignalNotInRoom instead.
     */
    NIMRemoteErrorCodeSignalResRoomMemberNotExists NS_SWIFT_NAME(codeSignalResRoomMemberNotExists) __attribute__((deprecated("NIMRemoteErrorCodeSignalResRoomMemberNotExists is a name from the iOS SDK for 10406 SIGNAL_NOT_IN_ROOM.", "StatusCodeSignalNotInRoom"))) = StatusCodeSignalNotInRoom,
    /**
     * NIMRemoteErrorCodeSignalResRoomMemberHasExists is a name from the iOS SDK for 10407 SIGNAL_ALREADY_IN_ROOM.
     *
     * @deprecated Use StatusCodeSignalAlreadyInRoom instead.
     */
    NIMRemoteErrorCodeSignalResRoomMemberHasExists NS_SWIFT_NAME(codeSignalResRoomMemberHasExists) __attribute__((deprecated("NIMRemoteErrorCodeSignalResRoomMemberHasExists is a name from the iOS SDK for 10407 SIGNAL_ALREADY_IN_ROOM.", "StatusCodeSignalAlreadyInRoom"))) = StatusCodeSignalAlreadyInRoom,
    /**
     * NIMRemoteErrorCodeSignalResInviteNotExists is a name from the iOS SDK for 10408 SIGNAL_INVITE_NOT_FOUND.
     *
     * @deprecated Use StatusCodeSignalInviteNotFound instead.
     */
    NIMRemoteErrorCodeSignalResInviteNotExists NS_SWIFT_NAME(codeSignalResInviteNotExists) __attribute__((deprecated("NIMRemoteErrorCodeSignalResInviteNotExists is a name from the iOS SDK for 10408 SIGNAL_INVITE_NOT_FOUND.", "StatusCodeSignalInviteNotFound"))) = StatusCodeSignalInviteNotFound,
    /**
     * NIMRemoteErrorCodeSignalResInviteHasReject is a name from the iOS SDK for 10409 SIGNAL_INVITE_REJECTED.
     *
     * @deprecated Use StatusCodeSignalInviteRejected instead.
     */
    NIMRemoteErrorCodeSignalResInviteHasReject NS_SWIFT_NAME(codeSignalResInviteHasReject) __attribute__((deprecated("NIMRemoteErrorCodeSignalResInviteHasReject is a name from the iOS SDK for 10409 SIGNAL_INVITE_REJECTED.", "StatusCodeSignalInviteRejected"))) = StatusCodeSignalInviteRejected,
    /**
     * NIMRemoteErrorCodeSignalResInviteHasAccept is a name from the iOS SDK for 10410 SIGNAL_INVITE_ACCEPTED.
     *
     * @deprecated Use StatusCodeSignalInviteAccepted instead.
     */
    NIMRemoteErrorCodeSignalResInviteHasAccept NS_SWIFT_NAME(codeSignalResInviteHasAccept) __attribute__((deprecated("NIMRemoteErrorCodeSignalResInviteHasAccept is a name from the iOS SDK for 10410 SIGNAL_INVITE_ACCEPTED.", "StatusCodeSignalInviteAccepted"))) = StatusCodeSignalInviteAccepted,
    /**
     * NIMRemoteErrorCodeSignalResUidConflict is a name from the iOS SDK for 10417 SIGNAL_UID_CONFLICT.
     *
     * @deprecated Use StatusCodeSignalUidConflict instead.
     */
    NIMRemoteErrorCodeSignalResUidConflict NS_SWIFT_NAME(codeSignalResUidConflict) __attribute__((deprecated("NIMRemoteErrorCodeSignalResUidConflict is a name from the iOS SDK for 10417 SIGNAL_UID_CONFLICT.", "StatusCodeSignalUidConflict"))) = StatusCodeSignalUidConflict,
    /**
     * NIMRemoteErrorCodeSignalResRoomMemberExceed is a name from the iOS SDK for 10419 SIGNAL_ROOM_MEMBER_LIMIT.
     *
     * @deprecated Use StatusCodeSignalRoomMemberLimit instead.
     */
    NIMRemoteErrorCodeSignalResRoomMemberExceed NS_SWIFT_NAME(codeSignalResRoomMemberExceed) __attribute__((deprecated("NIMRemoteErrorCodeSignalResRoomMemberExceed is a name from the iOS SDK for 10419 SIGNAL_ROOM_MEMBER_LIMIT.", "StatusCodeSignalRoomMemberLimit"))) = StatusCodeSignalRoomMemberLimit,
    /**
     * NIMRemoteErrorCodeInvalidChatroom is a name from the iOS SDK for 13002 CHATROOM_STATUS_ERROR.
     *
     * @deprecated Use StatusCodeChatroomStatusError instead.
     */
    NIMRemoteErrorCodeInvalidChatroom NS_SWIFT_NAME(codeInvalidChatroom) __attribute__((deprecated("NIMRemoteErrorCodeInvalidChatroom is a name from the iOS SDK for 13002 CHATROOM_STATUS_ERROR.", "StatusCodeChatroomStatusError"))) = StatusCodeChatroomStatusError,
    /**
     * NIMRemoteErrorCodeInChatroomBlackList is a name from the iOS SDK for 13003 CHATROOM_BLOCKLISTED.
     *
     * @deprecated Use StatusCodeChatroomBlocklisted instead.
     */
    NIMRemoteErrorCodeInChatroomBlackList NS_SWIFT_NAME(codeInChatroomBlackList) __attribute__((deprecated("NIMRemoteErrorCodeInChatroomBlackList is a name from the iOS SDK for 13003 CHATROOM_BLOCKLISTED.", "StatusCodeChatroomBlocklisted"))) = StatusCodeChatroomBlocklisted,
    /**
     * NIMRemoteErrorCodeInChatroomMuteList is a name from the iOS SDK for 13004 CHATROOM_MUTED.
     *
     * @deprecated Use StatusCodeChatroomMuted instead.
     */
    NIMRemoteErrorCodeInChatroomMuteList NS_SWIFT_NAME(codeInChatroomMuteList) __attribute__((deprecated("NIMRemoteErrorCodeInChatroomMuteList is a name from the iOS SDK for 13004 CHATROOM_MUTED.", "StatusCodeChatroomMuted"))) = StatusCodeChatroomMuted,
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

// Generated from spec/status-codes.yaml by status-codegen — do not edit.

/// A group of status codes, following the sections of the status code table.
public enum StatusCategory: String, CaseIterable, Sendable {
    /// General
    case general
    /// Team
    case team
    /// Audio & video calls and whiteboard
    case avCall = "av-call"
    /// Chat room
    case chatroom
    /// Account registration service
    case registration
    /// Signaling service
    case signaling

    /// The category's heading.
    public var title: String {
        switch self {
        case .general: return "General"
        case .team: return "Team"
        case .avCall: return "Audio & video calls and whiteboard"
        case .chatroom: return "Chat room"
        case .registration: return "Account registration service"
        case .signaling: return "Signaling service"
        }
    }

    /// What the category's codes have in common (the spec's `description`; `description` itself is
    /// left to `CustomStringConvertible`'s meaning).
    public var summary: String {
        switch self {
        case .general: return "Codes any request can return, from login and permissions to rate limits and server errors."
        case .team: return "Codes returned by team (group chat) operations, codes 801 to 815."
        case .avCall: return "Codes returned by audio and video calls and by the whiteboard."
        case .chatroom: return "Codes returned by chat room operations."
        case .registration: return "Codes returned by the account registration service (one of the table's \"specific services\"): mailbox and phone formats, companies, apps and existing accounts."
        case .signaling: return "Codes returned by the signaling service (one of the table's \"specific services\"): rooms, members, invitations and offline peers."
        }
    }
}

/// Whether a code reports success, information (such as a partial success) or an error.
public enum StatusKind: String, CaseIterable, Sendable {
    case success
    case info
    case error
}

/// Every status code, by its canonical name; the raw value is the number the server or SDK returns.
public enum StatusCode: Int, CaseIterable, Sendable, Error, CustomStringConvertible {
    /// The operation succeeded.
    case ok = 200
    /// Incorrect client version. You must upgrade the SDK.
    case invalidVersion = 201
    /// The account or channel is banned.
    case accountOrChannelBanned = 301
    /// Incorrect user name or password.
    case invalidPassword = 302
    /// IP address restriction.
    case ipNotAllowed = 315
    /// Invalid operation or no permission
    case forbidden = 403
    /// No object found
    case notFound = 404
    /// The parameter length is too long
    case parameterTooLong = 405
    /// Read-only object
    case readOnly = 406
    /// Client request times out
    case timeout = 408
    /// SMS verification failed
    case smsVerificationFailed = 413
    /// Error parameters
    case parameterError = 414
    /// Client network issue
    case connectionError = 415
    /// Rate upper limit is reached.
    case rateLimit = 416
    /// Repeated operation
    case alreadyExists = 417
    /// SMS channel is not available
    case smsChannelUnavailable = 418
    /// The quantity exceeds the upper limit
    case limitExceeded = 419
    /// Account is banned.
    case accountBlocked = 422
    /// Account is muted.
    case accountMuted = 423
    /// HTTP request is repeated.
    case duplicateHttpRequest = 431
    /// Server internal error.
    case serverInternalError = 500
    /// Server is busy.
    case serverBusy = 503
    /// Message recall times out.
    case messageRecallExpired = 508
    /// Invalid protocol.
    case invalidProtocol = 509
    /// Service unavailable.
    case serviceUnavailable = 514
    /// The number of team members exceeds the upper limit.
    case teamMemberLimit = 801
    /// No permissions.
    case teamAccessDenied = 802
    /// Team does not exist.
    case teamNotFound = 803
    /// User does not join the team.
    case notInTeam = 804
    /// Team type does not match.
    case teamTypeMismatch = 805
    /// The number of teams created reaches the upper limit.
    case teamCountLimit = 806
    /// Team member status error.
    case teamMemberStatusError = 807
    /// Application approved.
    case teamApplySuccess = 808
    /// User is already in the team.
    case alreadyInTeam = 809
    /// Successfully invited.
    case teamInviteSuccess = 810
    /// The number of @ mentioned accounts exceeds the upper limit.
    case mentionLimit = 811
    /// The team is muted, and ordinary members are not allowed to send messages.
    case teamMuted = 812
    /// Successful partial invitation of team members.
    case teamInvitePartialSuccess = 813
    /// Team read receipt is prohibited.
    case teamReadReceiptDisabled = 814
    /// The number of team administrators exceeds the upper limit.
    case teamAdminLimit = 815
    /// Unpacking error.
    case unpackError = 998
    /// Packaging error.
    case packError = 999
    /// Channel fails.
    case channelFailed = 9102
    /// The call is responded on other device.
    case callAnsweredElsewhere = 9103
    /// The CommsEase account of a peer is offline.
    case signalPeerOffline = 10201
    /// The CommsEase account of a peer is offline, and push notifications can not be delivered.
    case signalPeerPushOffline = 10202
    /// The room does not exist
    case signalRoomNotFound = 10404
    /// The room already exists
    case signalRoomExists = 10405
    /// The user is not in the room
    case signalNotInRoom = 10406
    /// The user already exists in the room
    case signalAlreadyInRoom = 10407
    /// Invitation does not exist or has expired.
    case signalInviteNotFound = 10408
    /// Invitation is rejected.
    case signalInviteRejected = 10409
    /// Invitation is accepted.
    case signalInviteAccepted = 10410
    /// Duplicate Uids.
    case signalUidConflict = 10417
    /// The number of room members reaches the upper limit.
    case signalRoomMemberLimit = 10419
    /// The user already exists in the room (joining from other ends)
    case signalAlreadyInRoomElsewhere = 10420
    /// The mailbox format is invalid.
    case invalidEmailFormat = 10431
    /// Mobile phone format is invalid.
    case invalidPhoneFormat = 10432
    /// Password confirmation failed.
    case passwordConfirmationFailed = 10433
    /// The company does not exist.
    case companyNotFound = 10434
    /// Incorrect login account or password.
    case invalidLoginCredentials = 10435
    /// App cannot be found.
    case appNotFound = 10436
    /// Email already exists.
    case emailExists = 10437
    /// Mobile phone number already exists.
    case phoneExists = 10438
    /// app name already exists.
    case appNameExists = 10441
    /// The call is unreachable, and the caller goes offline.
    case callUnreachable = 11001
    /// IM connection is abnormal.
    case chatroomImLinkError = 13001
    /// Chat room status is abnormal.
    case chatroomStatusError = 13002
    /// The account is in the blocklist, it is prohibited from joining the chat room.
    case chatroomBlocklisted = 13003
    /// Banned accounts are not allowed to send messages.
    case chatroomMuted = 13004
    /// The profile name and profile picture in a chat room or extension field of a member is filtered by the anti-spam service.
    case chatroomAntispamFiltered = 13005

    /// The version of the status-code table this file was generated from: the spec's `version`.
    public static let tableVersion = "1.0.0"

    /// codeInvalidVersion is a name from the iOS SDK (NIMRemoteErrorCodeInvalidVersion) for 201 INVALID_VERSION.
    @available(*, deprecated, renamed: "invalidVersion", message: "codeInvalidVersion is a name from the iOS SDK (NIMRemoteErrorCodeInvalidVersion) for 201 INVALID_VERSION.")
    public static let codeInvalidVersion: StatusCode = .invalidVersion

    /// codeInvalidPass is a name from the iOS SDK (NIMRemoteErrorCodeInvalidPass) for 302 INVALID_PASSWORD.
    @available(*, deprecated, renamed: "invalidPassword", message: "codeInvalidPass is a name from the iOS SDK (NIMRemoteErrorCodeInvalidPass) for 302 INVALID_PASSWORD.")
    public static let codeInvalidPass: StatusCode = .invalidPassword

    /// codeForbidden is a name from the iOS SDK (NIMRemoteErrorCodeForbidden) for 403 FORBIDDEN.
    @available(*, deprecated, renamed: "forbidden", message: "codeForbidden is a name from the iOS SDK (NIMRemoteErrorCodeForbidden) for 403 FORBIDDEN.")
    public static let codeForbidden: StatusCode = .forbidden

    /// codeNotExist is a name from the iOS SDK (NIMRemoteErrorCodeNotExist) for 404 NOT_FOUND.
    @available(*, deprecated, renamed: "notFound", message: "codeNotExist is a name from the iOS SDK (NIMRemoteErrorCodeNotExist) for 404 NOT_FOUND.")
    public static let codeNotExist: StatusCode = .notFound

    /// codeReadOnly is a name from the iOS SDK (NIMRemoteErrorCodeReadOnly) for 406 READ_ONLY.
    @available(*, deprecated, renamed: "readOnly", message: "codeReadOnly is a name from the iOS SDK (NIMRemoteErrorCodeReadOnly) for 406 READ_ONLY.")
    public static let codeReadOnly: StatusCode = .readOnly

    /// codeTimeoutError is a name from the iOS SDK (NIMRemoteErrorCodeTimeoutError) for 408 TIMEOUT.
    @available(*, deprecated, renamed: "timeout", message: "codeTimeoutError is a name from the iOS SDK (NIMRemoteErrorCodeTimeoutError) for 408 TIMEOUT.")
    public static let codeTimeoutError: StatusCode = .timeout

    /// codeParameterError is a name from the iOS SDK (NIMRemoteErrorCodeParameterError) for 414 PARAMETER_ERROR.
    @available(*, deprecated, renamed: "parameterError", message: "codeParameterError is a name from the iOS SDK (NIMRemoteErrorCodeParameterError) for 414 PARAMETER_ERROR.")
    public static let codeParameterError: StatusCode = .parameterError

    /// codeConnectionError is a name from the iOS SDK (NIMRemoteErrorCodeConnectionError) for 415 CONNECTION_ERROR.
    @available(*, deprecated, renamed: "connectionError", message: "codeConnectionError is a name from the iOS SDK (NIMRemoteErrorCodeConnectionError) for 415 CONNECTION_ERROR.")
    public static let codeConnectionError: StatusCode = .connectionError

    /// codeFrequently is a name from the iOS SDK (NIMRemoteErrorCodeFrequently) for 416 RATE_LIMIT.
    @available(*, deprecated, renamed: "rateLimit", message: "codeFrequently is a name from the iOS SDK (NIMRemoteErrorCodeFrequently) for 416 RATE_LIMIT.")
    public static let codeFrequently: StatusCode = .rateLimit

    /// codeExist is a name from the iOS SDK (NIMRemoteErrorCodeExist) for 417 ALREADY_EXISTS.
    @available(*, deprecated, renamed: "alreadyExists", message: "codeExist is a name from the iOS SDK (NIMRemoteErrorCodeExist) for 417 ALREADY_EXISTS.")
    public static let codeExist: StatusCode = .alreadyExists

    /// codeBeyondLimit is a name from the iOS SDK (NIMRemoteErrorCodeBeyondLimit) for 419 LIMIT_EXCEEDED.
    @available(*, deprecated, renamed: "limitExceeded", message: "codeBeyondLimit is a name from the iOS SDK (NIMRemoteErrorCodeBeyondLimit) for 419 LIMIT_EXCEEDED.")
    public static let codeBeyondLimit: StatusCode = .limitExceeded

    /// accountBlock is a name from the iOS SDK (NIMRemoteErrorAccountBlock) for 422 ACCOUNT_BLOCKED.
    @available(*, deprecated, renamed: "accountBlocked", message: "accountBlock is a name from the iOS SDK (NIMRemoteErrorAccountBlock) for 422 ACCOUNT_BLOCKED.")
    public static let accountBlock: StatusCode = .accountBlocked

    /// codeUnknownError is a name from the iOS SDK (NIMRemoteErrorCodeUnknownError) for 500 SERVER_INTERNAL_ERROR.
    @available(*, deprecated, renamed: "serverInternalError", message: "codeUnknownError is a name from the iOS SDK (NIMRemoteErrorCodeUnknownError) for 500 SERVER_INTERNAL_ERROR.")
    public static let codeUnknownError: StatusCode = .serverInternalError

    /// codeDomainExpireOld is a name from the iOS SDK (NIMRemoteErrorCodeDomainExpireOld) for 508 MESSAGE_RECALL_EXPIRED.
    @available(*, deprecated, renamed: "messageRecallExpired", message: "codeDomainExpireOld is a name from the iOS SDK (NIMRemoteErrorCodeDomainExpireOld) for 508 MESSAGE_RECALL_EXPIRED.")
    public static let codeDomainExpireOld: StatusCode = .messageRecallExpired

    /// codeInvalidProtocol is a name from the iOS SDK (NIMRemoteErrorCodeInvalidProtocol) for 509 INVALID_PROTOCOL.
    @available(*, deprecated, renamed: "invalidProtocol", message: "codeInvalidProtocol is a name from the iOS SDK (NIMRemoteErrorCodeInvalidProtocol) for 509 INVALID_PROTOCOL.")
    public static let codeInvalidProtocol: StatusCode = .invalidProtocol

    /// codeServiceUnavailable is a name from the iOS SDK (NIMRemoteErrorCodeServiceUnavailable) for 514 SERVICE_UNAVAILABLE.
    @available(*, deprecated, renamed: "serviceUnavailable", message: "codeServiceUnavailable is a name from the iOS SDK (NIMRemoteErrorCodeServiceUnavailable) for 514 SERVICE_UNAVAILABLE.")
    public static let codeServiceUnavailable: StatusCode = .serviceUnavailable

    /// codeTeamMemberLimit is a name from the iOS SDK (NIMRemoteErrorCodeTeamMemberLimit) for 801 TEAM_MEMBER_LIMIT.
    @available(*, deprecated, renamed: "teamMemberLimit", message: "codeTeamMemberLimit is a name from the iOS SDK (NIMRemoteErrorCodeTeamMemberLimit) for 801 TEAM_MEMBER_LIMIT.")
    public static let codeTeamMemberLimit: StatusCode = .teamMemberLimit

    /// codeTeamAccessError is a name from the iOS SDK (NIMRemoteErrorCodeTeamAccessError) for 802 TEAM_ACCESS_DENIED.
    @available(*, deprecated, renamed: "teamAccessDenied", message: "codeTeamAccessError is a name from the iOS SDK (NIMRemoteErrorCodeTeamAccessError) for 802 TEAM_ACCESS_DENIED.")
    public static let codeTeamAccessError: StatusCode = .teamAccessDenied

    /// codeTeamNotExists is a name from the iOS SDK (NIMRemoteErrorCodeTeamNotExists) for 803 TEAM_NOT_FOUND.
    @available(*, deprecated, renamed: "teamNotFound", message: "codeTeamNotExists is a name from the iOS SDK (NIMRemoteErrorCodeTeamNotExists) for 803 TEAM_NOT_FOUND.")
    public static let codeTeamNotExists: StatusCode = .teamNotFound

    /// codeNotInTeam is a name from the iOS SDK (NIMRemoteErrorCodeNotInTeam) for 804 NOT_IN_TEAM.
    @available(*, deprecated, renamed: "notInTeam", message: "codeNotInTeam is a name from the iOS SDK (NIMRemoteErrorCodeNotInTeam) for 804 NOT_IN_TEAM.")
    public static let codeNotInTeam: StatusCode = .notInTeam

    /// codeTeamInvaildType is a name from the iOS SDK (NIMRemoteErrorCodeTeamInvaildType) for 805 TEAM_TYPE_MISMATCH.
    @available(*, deprecated, renamed: "teamTypeMismatch", message: "codeTeamInvaildType is a name from the iOS SDK (NIMRemoteErrorCodeTeamInvaildType) for 805 TEAM_TYPE_MISMATCH.")
    public static let codeTeamInvaildType: StatusCode = .teamTypeMismatch

    /// codeTeamCountLimit is a name from the iOS SDK (NIMRemoteErrorCodeTeamCountLimit) for 806 TEAM_COUNT_LIMIT.
    @available(*, deprecated, renamed: "teamCountLimit", message: "codeTeamCountLimit is a name from the iOS SDK (NIMRemoteErrorCodeTeamCountLimit) for 806 TEAM_COUNT_LIMIT.")
    public static let codeTeamCountLimit: StatusCode = .teamCountLimit

    /// codeTeamAlreadyIn is a name from the iOS SDK (NIMRemoteErrorCodeTeamAlreadyIn) for 809 ALREADY_IN_TEAM.
    @available(*, deprecated, renamed: "alreadyInTeam", message: "codeTeamAlreadyIn is a name from the iOS SDK (NIMRemoteErrorCodeTeamAlreadyIn) for 809 ALREADY_IN_TEAM.")
    public static let codeTeamAlreadyIn: StatusCode = .alreadyInTeam

    /// codeEUnpacket is a name from the iOS SDK (NIMRemoteErrorCodeEUnpacket) for 998 UNPACK_ERROR.
    @available(*, deprecated, renamed: "unpackError", message: "codeEUnpacket is a name from the iOS SDK (NIMRemoteErrorCodeEUnpacket) for 998 UNPACK_ERROR.")
    public static let codeEUnpacket: StatusCode = .unpackError

    /// codeEPacket is a name from the iOS SDK (NIMRemoteErrorCodeEPacket) for 999 PACK_ERROR.
    @available(*, deprecated, renamed: "packError", message: "codeEPacket is a name from the iOS SDK (NIMRemoteErrorCodeEPacket) for 999 PACK_ERROR.")
    public static let codeEPacket: StatusCode = .packError

    /// codeSignalResPeerNIMOffline is a name from the iOS SDK (NIMRemoteErrorCodeSignalResPeerNIMOffline) for 10201 SIGNAL_PEER_OFFLINE.
    @available(*, deprecated, renamed: "signalPeerOffline", message: "codeSignalResPeerNIMOffline is a name from the iOS SDK (NIMRemoteErrorCodeSignalResPeerNIMOffline) for 10201 SIGNAL_PEER_OFFLINE.")
    public static let codeSignalResPeerNIMOffline: StatusCode = .signalPeerOffline

    /// codeSignalResPeerPushOffline is a name from the iOS SDK (NIMRemoteErrorCodeSignalResPeerPushOffline) for 10202 SIGNAL_PEER_PUSH_OFFLINE.
    @available(*, deprecated, renamed: "signalPeerPushOffline", message: "codeSignalResPeerPushOffline is a name from the iOS SDK (NIMRemoteErrorCodeSignalResPeerPushOffline) for 10202 SIGNAL_PEER_PUSH_OFFLINE.")
    public static let codeSignalResPeerPushOffline: StatusCode = .signalPeerPushOffline

    /// codeSignalResRoomNotExists is a name from the iOS SDK (NIMRemoteErrorCodeSignalResRoomNotExists) for 10404 SIGNAL_ROOM_NOT_FOUND.
    @available(*, deprecated, renamed: "signalRoomNotFound", message: "codeSignalResRoomNotExists is a name from the iOS SDK (NIMRemoteErrorCodeSignalResRoomNotExists) for 10404 SIGNAL_ROOM_NOT_FOUND.")
    public static let codeSignalResRoomNotExists: StatusCode = .signalRoomNotFound

    /// codeSignalResRoomHasExists is a name from the iOS SDK (NIMRemoteErrorCodeSignalResRoomHasExists) for 10405 SIGNAL_ROOM_EXISTS.
    @available(*, deprecated, renamed: "signalRoomExists", message: "codeSignalResRoomHasExists is a name from the iOS SDK (NIMRemoteErrorCodeSignalResRoomHasExists) for 10405 SIGNAL_ROOM_EXISTS.")
    public static let codeSignalResRoomHasExists: StatusCode = .signalRoomExists

    /// codeSignalResRoomMemberNotExists is a name from the iOS SDK (NIMRemoteErrorCodeSignalResRoomMemberNotExists) for 10406 SIGNAL_NOT_IN_ROOM.
    @available(*, deprecated, renamed: "signalNotInRoom", message: "codeSignalResRoomMemberNotExists is a name from the iOS SDK (NIMRemoteErrorCodeSignalResRoomMemberNotExists) for 10406 SIGNAL_NOT_IN_ROOM.")
    public static let codeSignalResRoomMemberNotExists: StatusCode = .signalNotInRoom

    /// codeSignalResRoomMemberHasExists is a name from the iOS SDK (NIMRemoteErrorCodeSignalResRoomMemberHasExists) for 10407 SIGNAL_ALREADY_IN_ROOM.
    @available(*, deprecated, renamed: "signalAlreadyInRoom", message: "codeSignalResRoomMemberHasExists is a name from the iOS SDK (NIMRemoteErrorCodeSignalResRoomMemberHasExists) for 10407 SIGNAL_ALREADY_IN_ROOM.")
    public static let codeSignalResRoomMemberHasExists: StatusCode = .signalAlreadyInRoom

    /// codeSignalResInviteNotExists is a name from the iOS SDK (NIMRemoteErrorCodeSignalResInviteNotExists) for 10408 SIGNAL_INVITE_NOT_FOUND.
    @available(*, deprecated, renamed: "signalInviteNotFound", message: "codeSignalResInviteNotExists is a name from the iOS SDK (NIMRemoteErrorCodeSignalResInviteNotExists) for 10408 SIGNAL_INVITE_NOT_FOUND.")
    public static let codeSignalResInviteNotExists: StatusCode = .signalInviteNotFound

    /// codeSignalResInviteHasReject is a name from the iOS SDK (NIMRemoteErrorCodeSignalResInviteHasReject) for 10409 SIGNAL_INVITE_REJECTED.
    @available(*, deprecated, renamed: "signalInviteRejected", message: "codeSignalResInviteHasReject is a name from the iOS SDK (NIMRemoteErrorCodeSignalResInviteHasReject) for 10409 SIGNAL_INVITE_REJECTED.")
    public static let codeSignalResInviteHasReject: StatusCode = .signalInviteRejected

    /// codeSignalResInviteHasAccept is a name from the iOS SDK (NIMRemoteErrorCodeSignalResInviteHasAccept) for 10410 SIGNAL_INVITE_ACCEPTED.
    @available(*, deprecated, renamed: "signalInviteAccepted", message: "codeSignalResInviteHasAccept is a name from the iOS SDK (NIMRemoteErrorCodeSignalResInviteHasAccept) for 10410 SIGNAL_INVITE_ACCEPTED.")
    public static let codeSignalResInviteHasAccept: StatusCode = .signalInviteAccepted

    /// codeSignalResUidConflict is a name from the iOS SDK (NIMRemoteErrorCodeSignalResUidConflict) for 10417 SIGNAL_UID_CONFLICT.
    @available(*, deprecated, renamed: "signalUidConflict", message: "codeSignalResUidConflict is a name from the iOS SDK (NIMRemoteErrorCodeSignalResUidConflict) for 10417 SIGNAL_UID_CONFLICT.")
    public static let codeSignalResUidConflict: StatusCode = .signalUidConflict

    /// codeSignalResRoomMemberExceed is a name from the iOS SDK (NIMRemoteErrorCodeSignalResRoomMemberExceed) for 10419 SIGNAL_ROOM_MEMBER_LIMIT.
    @available(*, deprecated, renamed: "signalRoomMemberLimit", message: "codeSignalResRoomMemberExceed is a name from the iOS SDK (NIMRemoteErrorCodeSignalResRoomMemberExceed) for 10419 SIGNAL_ROOM_MEMBER_LIMIT.")
    public static let codeSignalResRoomMemberExceed: StatusCode = .signalRoomMemberLimit

    /// codeInvalidChatroom is a name from the iOS SDK (NIMRemoteErrorCodeInvalidChatroom) for 13002 CHATROOM_STATUS_ERROR.
    @available(*, deprecated, renamed: "chatroomStatusError", message: "codeInvalidChatroom is a name from the iOS SDK (NIMRemoteErrorCodeInvalidChatroom) for 13002 CHATROOM_STATUS_ERROR.")
    public static let codeInvalidChatroom: StatusCode = .chatroomStatusError

    /// codeInChatroomBlackList is a name from the iOS SDK (NIMRemoteErrorCodeInChatroomBlackList) for 13003 CHATROOM_BLOCKLISTED.
    @available(*, deprecated, renamed: "chatroomBlocklisted", message: "codeInChatroomBlackList is a name from the iOS SDK (NIMRemoteErrorCodeInChatroomBlackList) for 13003 CHATROOM_BLOCKLISTED.")
    public static let codeInChatroomBlackList: StatusCode = .chatroomBlocklisted

    /// codeInChatroomMuteList is a name from the iOS SDK (NIMRemoteErrorCodeInChatroomMuteList) for 13004 CHATROOM_MUTED.
    @available(*, deprecated, renamed: "chatroomMuted", message: "codeInChatroomMuteList is a name from the iOS SDK (NIMRemoteErrorCodeInChatroomMuteList) for 13004 CHATROOM_MUTED.")
    public static let codeInChatroomMuteList: StatusCode = .chatroomMuted

    /// The canonical SCREAMING_SNAKE_CASE name, the same on every platform.
    public var name: String { entry.name }

    /// What the code means.
    public var message: String { entry.message }

    /// The group the code belongs to.
    public var category: StatusCategory { entry.category }

    /// Whether the code reports success, information or an error.
    public var kind: StatusKind { entry.kind }

    /// True when the same request may succeed if sent again later.
    public var isRetryable: Bool { entry.isRetryable }

    /// `416 RATE_LIMIT: Rate upper limit is reached.`
    public var description: String {
        "\(rawValue) \(name): \(message)"
    }

    /// Everything the spec says about one code.
    private typealias Entry = (name: String, message: String, category: StatusCategory, kind: StatusKind, isRetryable: Bool)

    /// This code's entry: one switch serves every property.
    private var entry: Entry {
        switch self {
        case .ok: return ("OK", "The operation succeeded.", .general, .success, false)
        case .invalidVersion: return ("INVALID_VERSION", "Incorrect client version. You must upgrade the SDK.", .general, .error, false)
        case .accountOrChannelBanned: return ("ACCOUNT_OR_CHANNEL_BANNED", "The account or channel is banned.", .general, .error, false)
        case .invalidPassword: return ("INVALID_PASSWORD", "Incorrect user name or password.", .general, .error, false)
        case .ipNotAllowed: return ("IP_NOT_ALLOWED", "IP address restriction.", .general, .error, false)
        case .forbidden: return ("FORBIDDEN", "Invalid operation or no permission", .general, .error, false)
        case .notFound: return ("NOT_FOUND", "No object found", .general, .error, false)
        case .parameterTooLong: return ("PARAMETER_TOO_LONG", "The parameter length is too long", .general, .error, false)
        case .readOnly: return ("READ_ONLY", "Read-only object", .general, .error, false)
        case .timeout: return ("TIMEOUT", "Client request times out", .general, .error, true)
        case .smsVerificationFailed: return ("SMS_VERIFICATION_FAILED", "SMS verification failed", .general, .error, false)
        case .parameterError: return ("PARAMETER_ERROR", "Error parameters", .general, .error, false)
        case .connectionError: return ("CONNECTION_ERROR", "Client network issue", .general, .error, true)
        case .rateLimit: return ("RATE_LIMIT", "Rate upper limit is reached.", .general, .error, true)
        case .alreadyExists: return ("ALREADY_EXISTS", "Repeated operation", .general, .error, false)
        case .smsChannelUnavailable: return ("SMS_CHANNEL_UNAVAILABLE", "SMS channel is not available", .general, .error, true)
        case .limitExceeded: return ("LIMIT_EXCEEDED", "The quantity exceeds the upper limit", .general, .error, false)
        case .accountBlocked: return ("ACCOUNT_BLOCKED", "Account is banned.", .general, .error, false)
        case .accountMuted: return ("ACCOUNT_MUTED", "Account is muted.", .general, .error, false)
        case .duplicateHttpRequest: return ("DUPLICATE_HTTP_REQUEST", "HTTP request is repeated.", .general, .error, false)
        case .serverInternalError: return ("SERVER_INTERNAL_ERROR", "Server internal error.", .general, .error, false)
        case .serverBusy: return ("SERVER_BUSY", "Server is busy.", .general, .error, true)
        case .messageRecallExpired: return ("MESSAGE_RECALL_EXPIRED", "Message recall times out.", .general, .error, false)
        case .invalidProtocol: return ("INVALID_PROTOCOL", "Invalid protocol.", .general, .error, false)
        case .serviceUnavailable: return ("SERVICE_UNAVAILABLE", "Service unavailable.", .general, .error, true)
        case .teamMemberLimit: return ("TEAM_MEMBER_LIMIT", "The number of team members exceeds the upper limit.", .team, .error, false)
        case .teamAccessDenied: return ("TEAM_ACCESS_DENIED", "No permissions.", .team, .error, false)
        case .teamNotFound: return ("TEAM_NOT_FOUND", "Team does not exist.", .team, .error, false)
        case .notInTeam: return ("NOT_IN_TEAM", "User does not join the team.", .team, .error, false)
        case .teamTypeMismatch: return ("TEAM_TYPE_MISMATCH", "Team type does not match.", .team, .error, false)
        case .teamCountLimit: return ("TEAM_COUNT_LIMIT", "The number of teams created reaches the upper limit.", .team, .error, false)
        case .teamMemberStatusError: return ("TEAM_MEMBER_STATUS_ERROR", "Team member status error.", .team, .error, false)
        case .teamApplySuccess: return ("TEAM_APPLY_SUCCESS", "Application approved.", .team, .success, false)
        case .alreadyInTeam: return ("ALREADY_IN_TEAM", "User is already in the team.", .team, .error, false)
        case .teamInviteSuccess: return ("TEAM_INVITE_SUCCESS", "Successfully invited.", .team, .success, false)
        case .mentionLimit: return ("MENTION_LIMIT", "The number of @ mentioned accounts exceeds the upper limit.", .team, .error, false)
        case .teamMuted: return ("TEAM_MUTED", "The team is muted, and ordinary members are not allowed to send messages.", .team, .error, false)
        case .teamInvitePartialSuccess: return ("TEAM_INVITE_PARTIAL_SUCCESS", "Successful partial invitation of team members.", .team, .info, false)
        case .teamReadReceiptDisabled: return ("TEAM_READ_RECEIPT_DISABLED", "Team read receipt is prohibited.", .team, .error, false)
        case .teamAdminLimit: return ("TEAM_ADMIN_LIMIT", "The number of team administrators exceeds the upper limit.", .team, .error, false)
        case .unpackError: return ("UNPACK_ERROR", "Unpacking error.", .general, .error, false)
        case .packError: return ("PACK_ERROR", "Packaging error.", .general, .error, false)
        case .channelFailed: return ("CHANNEL_FAILED", "Channel fails.", .avCall, .error, false)
        case .callAnsweredElsewhere: return ("CALL_ANSWERED_ELSEWHERE", "The call is responded on other device.", .avCall, .error, false)
        case .signalPeerOffline: return ("SIGNAL_PEER_OFFLINE", "The CommsEase account of a peer is offline.", .signaling, .error, false)
        case .signalPeerPushOffline: return ("SIGNAL_PEER_PUSH_OFFLINE", "The CommsEase account of a peer is offline, and push notifications can not be delivered.", .signaling, .error, false)
        case .signalRoomNotFound: return ("SIGNAL_ROOM_NOT_FOUND", "The room does not exist", .signaling, .error, false)
        case .signalRoomExists: return ("SIGNAL_ROOM_EXISTS", "The room already exists", .signaling, .error, false)
        case .signalNotInRoom: return ("SIGNAL_NOT_IN_ROOM", "The user is not in the room", .signaling, .error, false)
        case .signalAlreadyInRoom: return ("SIGNAL_ALREADY_IN_ROOM", "The user already exists in the room", .signaling, .error, false)
        case .signalInviteNotFound: return ("SIGNAL_INVITE_NOT_FOUND", "Invitation does not exist or has expired.", .signaling, .error, false)
        case .signalInviteRejected: return ("SIGNAL_INVITE_REJECTED", "Invitation is rejected.", .signaling, .error, false)
        case .signalInviteAccepted: return ("SIGNAL_INVITE_ACCEPTED", "Invitation is accepted.", .signaling, .error, false)
        case .signalUidConflict: return ("SIGNAL_UID_CONFLICT", "Duplicate Uids.", .signaling, .error, false)
        case .signalRoomMemberLimit: return ("SIGNAL_ROOM_MEMBER_LIMIT", "The number of room members reaches the upper limit.", .signaling, .error, false)
        case .signalAlreadyInRoomElsewhere: return ("SIGNAL_ALREADY_IN_ROOM_ELSEWHERE", "The user already exists in the room (joining from other ends)", .signaling, .error, false)
        case .invalidEmailFormat: return ("INVALID_EMAIL_FORMAT", "The mailbox format is invalid.", .registration, .error, false)
        case .invalidPhoneFormat: return ("INVALID_PHONE_FORMAT", "Mobile phone format is invalid.", .registration, .error, false)
        case .passwordConfirmationFailed: return ("PASSWORD_CONFIRMATION_FAILED", "Password confirmation failed.", .registration, .error, false)
        case .companyNotFound: return ("COMPANY_NOT_FOUND", "The company does not exist.", .registration, .error, false)
        case .invalidLoginCredentials: return ("INVALID_LOGIN_CREDENTIALS", "Incorrect login account or password.", .registration, .error, false)
        case .appNotFound: return ("APP_NOT_FOUND", "App cannot be found.", .registration, .error, false)
        case .emailExists: return ("EMAIL_EXISTS", "Email already exists.", .registration, .error, false)
        case .phoneExists: return ("PHONE_EXISTS", "Mobile phone number already exists.", .registration, .error, false)
        case .appNameExists: return ("APP_NAME_EXISTS", "app name already exists.", .registration, .error, false)
        case .callUnreachable: return ("CALL_UNREACHABLE", "The call is unreachable, and the caller goes offline.", .avCall, .error, false)
        case .chatroomImLinkError: return ("CHATROOM_IM_LINK_ERROR", "IM connection is abnormal.", .chatroom, .error, true)
        case .chatroomStatusError: return ("CHATROOM_STATUS_ERROR", "Chat room status is abnormal.", .chatroom, .error, false)
        case .chatroomBlocklisted: return ("CHATROOM_BLOCKLISTED", "The account is in the blocklist, it is prohibited from joining the chat room.", .chatroom, .error, false)
        case .chatroomMuted: return ("CHATROOM_MUTED", "Banned accounts are not allowed to send messages.", .chatroom, .error, false)
        case .chatroomAntispamFiltered: return ("CHATROOM_ANTISPAM_FILTERED", "The profile name and profile picture in a chat room or extension field of a member is filtered by the anti-spam service.", .chatroom, .error, false)
        }
    }
}

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

    /// NIMRemoteErrorCodeInvalidVersion is an earlier SDK's name for 201 INVALID_VERSION.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "invalidVersion", message: "NIMRemoteErrorCodeInvalidVersion is an earlier SDK's name for 201 INVALID_VERSION.")
    public static let NIMRemoteErrorCodeInvalidVersion: StatusCode = .invalidVersion

    /// NIMRemoteErrorCodeInvalidPass is an earlier SDK's name for 302 INVALID_PASSWORD.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "invalidPassword", message: "NIMRemoteErrorCodeInvalidPass is an earlier SDK's name for 302 INVALID_PASSWORD.")
    public static let NIMRemoteErrorCodeInvalidPass: StatusCode = .invalidPassword

    /// NIMRemoteErrorCodeForbidden is an earlier SDK's name for 403 FORBIDDEN.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "forbidden", message: "NIMRemoteErrorCodeForbidden is an earlier SDK's name for 403 FORBIDDEN.")
    public static let NIMRemoteErrorCodeForbidden: StatusCode = .forbidden

    /// NIMRemoteErrorCodeNotExist is an earlier SDK's name for 404 NOT_FOUND.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "notFound", message: "NIMRemoteErrorCodeNotExist is an earlier SDK's name for 404 NOT_FOUND.")
    public static let NIMRemoteErrorCodeNotExist: StatusCode = .notFound

    /// NIMRemoteErrorCodeReadOnly is an earlier SDK's name for 406 READ_ONLY.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "readOnly", message: "NIMRemoteErrorCodeReadOnly is an earlier SDK's name for 406 READ_ONLY.")
    public static let NIMRemoteErrorCodeReadOnly: StatusCode = .readOnly

    /// NIMRemoteErrorCodeTimeoutError is an earlier SDK's name for 408 TIMEOUT.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "timeout", message: "NIMRemoteErrorCodeTimeoutError is an earlier SDK's name for 408 TIMEOUT.")
    public static let NIMRemoteErrorCodeTimeoutError: StatusCode = .timeout

    /// NIMRemoteErrorCodeParameterError is an earlier SDK's name for 414 PARAMETER_ERROR.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "parameterError", message: "NIMRemoteErrorCodeParameterError is an earlier SDK's name for 414 PARAMETER_ERROR.")
    public static let NIMRemoteErrorCodeParameterError: StatusCode = .parameterError

    /// NIMRemoteErrorCodeConnectionError is an earlier SDK's name for 415 CONNECTION_ERROR.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "connectionError", message: "NIMRemoteErrorCodeConnectionError is an earlier SDK's name for 415 CONNECTION_ERROR.")
    public static let NIMRemoteErrorCodeConnectionError: StatusCode = .connectionError

    /// NIMRemoteErrorCodeFrequently is an earlier SDK's name for 416 RATE_LIMIT.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "rateLimit", message: "NIMRemoteErrorCodeFrequently is an earlier SDK's name for 416 RATE_LIMIT.")
    public static let NIMRemoteErrorCodeFrequently: StatusCode = .rateLimit

    /// NIMRemoteErrorCodeExist is an earlier SDK's name for 417 ALREADY_EXISTS.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "alreadyExists", message: "NIMRemoteErrorCodeExist is an earlier SDK's name for 417 ALREADY_EXISTS.")
    public static let NIMRemoteErrorCodeExist: StatusCode = .alreadyExists

    /// NIMRemoteErrorCodeBeyondLimit is an earlier SDK's name for 419 LIMIT_EXCEEDED.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "limitExceeded", message: "NIMRemoteErrorCodeBeyondLimit is an earlier SDK's name for 419 LIMIT_EXCEEDED.")
    public static let NIMRemoteErrorCodeBeyondLimit: StatusCode = .limitExceeded

    /// NIMRemoteErrorAccountBlock is an earlier SDK's name for 422 ACCOUNT_BLOCKED.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "accountBlocked", message: "NIMRemoteErrorAccountBlock is an earlier SDK's name for 422 ACCOUNT_BLOCKED.")
    public static let NIMRemoteErrorAccountBlock: StatusCode = .accountBlocked

    /// NIMRemoteErrorCodeUnknownError is an earlier SDK's name for 500 SERVER_INTERNAL_ERROR.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "serverInternalError", message: "NIMRemoteErrorCodeUnknownError is an earlier SDK's name for 500 SERVER_INTERNAL_ERROR.")
    public static let NIMRemoteErrorCodeUnknownError: StatusCode = .serverInternalError

    /// NIMRemoteErrorCodeDomainExpireOld is an earlier SDK's name for 508 MESSAGE_RECALL_EXPIRED.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "messageRecallExpired", message: "NIMRemoteErrorCodeDomainExpireOld is an earlier SDK's name for 508 MESSAGE_RECALL_EXPIRED.")
    public static let NIMRemoteErrorCodeDomainExpireOld: StatusCode = .messageRecallExpired

    /// NIMRemoteErrorCodeInvalidProtocol is an earlier SDK's name for 509 INVALID_PROTOCOL.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "invalidProtocol", message: "NIMRemoteErrorCodeInvalidProtocol is an earlier SDK's name for 509 INVALID_PROTOCOL.")
    public static let NIMRemoteErrorCodeInvalidProtocol: StatusCode = .invalidProtocol

    /// NIMRemoteErrorCodeServiceUnavailable is an earlier SDK's name for 514 SERVICE_UNAVAILABLE.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "serviceUnavailable", message: "NIMRemoteErrorCodeServiceUnavailable is an earlier SDK's name for 514 SERVICE_UNAVAILABLE.")
    public static let NIMRemoteErrorCodeServiceUnavailable: StatusCode = .serviceUnavailable

    /// NIMRemoteErrorCodeTeamMemberLimit is an earlier SDK's name for 801 TEAM_MEMBER_LIMIT.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "teamMemberLimit", message: "NIMRemoteErrorCodeTeamMemberLimit is an earlier SDK's name for 801 TEAM_MEMBER_LIMIT.")
    public static let NIMRemoteErrorCodeTeamMemberLimit: StatusCode = .teamMemberLimit

    /// NIMRemoteErrorCodeTeamAccessError is an earlier SDK's name for 802 TEAM_ACCESS_DENIED.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "teamAccessDenied", message: "NIMRemoteErrorCodeTeamAccessError is an earlier SDK's name for 802 TEAM_ACCESS_DENIED.")
    public static let NIMRemoteErrorCodeTeamAccessError: StatusCode = .teamAccessDenied

    /// NIMRemoteErrorCodeTeamNotExists is an earlier SDK's name for 803 TEAM_NOT_FOUND.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "teamNotFound", message: "NIMRemoteErrorCodeTeamNotExists is an earlier SDK's name for 803 TEAM_NOT_FOUND.")
    public static let NIMRemoteErrorCodeTeamNotExists: StatusCode = .teamNotFound

    /// NIMRemoteErrorCodeNotInTeam is an earlier SDK's name for 804 NOT_IN_TEAM.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "notInTeam", message: "NIMRemoteErrorCodeNotInTeam is an earlier SDK's name for 804 NOT_IN_TEAM.")
    public static let NIMRemoteErrorCodeNotInTeam: StatusCode = .notInTeam

    /// NIMRemoteErrorCodeTeamInvaildType is an earlier SDK's name for 805 TEAM_TYPE_MISMATCH.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "teamTypeMismatch", message: "NIMRemoteErrorCodeTeamInvaildType is an earlier SDK's name for 805 TEAM_TYPE_MISMATCH.")
    public static let NIMRemoteErrorCodeTeamInvaildType: StatusCode = .teamTypeMismatch

    /// NIMRemoteErrorCodeTeamCountLimit is an earlier SDK's name for 806 TEAM_COUNT_LIMIT.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "teamCountLimit", message: "NIMRemoteErrorCodeTeamCountLimit is an earlier SDK's name for 806 TEAM_COUNT_LIMIT.")
    public static let NIMRemoteErrorCodeTeamCountLimit: StatusCode = .teamCountLimit

    /// NIMRemoteErrorCodeTeamAlreadyIn is an earlier SDK's name for 809 ALREADY_IN_TEAM.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "alreadyInTeam", message: "NIMRemoteErrorCodeTeamAlreadyIn is an earlier SDK's name for 809 ALREADY_IN_TEAM.")
    public static let NIMRemoteErrorCodeTeamAlreadyIn: StatusCode = .alreadyInTeam

    /// NIMRemoteErrorCodeEUnpacket is an earlier SDK's name for 998 UNPACK_ERROR.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "unpackError", message: "NIMRemoteErrorCodeEUnpacket is an earlier SDK's name for 998 UNPACK_ERROR.")
    public static let NIMRemoteErrorCodeEUnpacket: StatusCode = .unpackError

    /// NIMRemoteErrorCodeEPacket is an earlier SDK's name for 999 PACK_ERROR.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "packError", message: "NIMRemoteErrorCodeEPacket is an earlier SDK's name for 999 PACK_ERROR.")
    public static let NIMRemoteErrorCodeEPacket: StatusCode = .packError

    /// NIMRemoteErrorCodeSignalResPeerNIMOffline is an earlier SDK's name for 10201 SIGNAL_PEER_OFFLINE.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "signalPeerOffline", message: "NIMRemoteErrorCodeSignalResPeerNIMOffline is an earlier SDK's name for 10201 SIGNAL_PEER_OFFLINE.")
    public static let NIMRemoteErrorCodeSignalResPeerNIMOffline: StatusCode = .signalPeerOffline

    /// NIMRemoteErrorCodeSignalResPeerPushOffline is an earlier SDK's name for 10202 SIGNAL_PEER_PUSH_OFFLINE.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "signalPeerPushOffline", message: "NIMRemoteErrorCodeSignalResPeerPushOffline is an earlier SDK's name for 10202 SIGNAL_PEER_PUSH_OFFLINE.")
    public static let NIMRemoteErrorCodeSignalResPeerPushOffline: StatusCode = .signalPeerPushOffline

    /// NIMRemoteErrorCodeSignalResRoomNotExists is an earlier SDK's name for 10404 SIGNAL_ROOM_NOT_FOUND.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "signalRoomNotFound", message: "NIMRemoteErrorCodeSignalResRoomNotExists is an earlier SDK's name for 10404 SIGNAL_ROOM_NOT_FOUND.")
    public static let NIMRemoteErrorCodeSignalResRoomNotExists: StatusCode = .signalRoomNotFound

    /// NIMRemoteErrorCodeSignalResRoomHasExists is an earlier SDK's name for 10405 SIGNAL_ROOM_EXISTS.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "signalRoomExists", message: "NIMRemoteErrorCodeSignalResRoomHasExists is an earlier SDK's name for 10405 SIGNAL_ROOM_EXISTS.")
    public static let NIMRemoteErrorCodeSignalResRoomHasExists: StatusCode = .signalRoomExists

    /// NIMRemoteErrorCodeSignalResRoomMemberNotExists is an earlier SDK's name for 10406 SIGNAL_NOT_IN_ROOM.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "signalNotInRoom", message: "NIMRemoteErrorCodeSignalResRoomMemberNotExists is an earlier SDK's name for 10406 SIGNAL_NOT_IN_ROOM.")
    public static let NIMRemoteErrorCodeSignalResRoomMemberNotExists: StatusCode = .signalNotInRoom

    /// NIMRemoteErrorCodeSignalResRoomMemberHasExists is an earlier SDK's name for 10407 SIGNAL_ALREADY_IN_ROOM.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "signalAlreadyInRoom", message: "NIMRemoteErrorCodeSignalResRoomMemberHasExists is an earlier SDK's name for 10407 SIGNAL_ALREADY_IN_ROOM.")
    public static let NIMRemoteErrorCodeSignalResRoomMemberHasExists: StatusCode = .signalAlreadyInRoom

    /// NIMRemoteErrorCodeSignalResInviteNotExists is an earlier SDK's name for 10408 SIGNAL_INVITE_NOT_FOUND.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "signalInviteNotFound", message: "NIMRemoteErrorCodeSignalResInviteNotExists is an earlier SDK's name for 10408 SIGNAL_INVITE_NOT_FOUND.")
    public static let NIMRemoteErrorCodeSignalResInviteNotExists: StatusCode = .signalInviteNotFound

    /// NIMRemoteErrorCodeSignalResInviteHasReject is an earlier SDK's name for 10409 SIGNAL_INVITE_REJECTED.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "signalInviteRejected", message: "NIMRemoteErrorCodeSignalResInviteHasReject is an earlier SDK's name for 10409 SIGNAL_INVITE_REJECTED.")
    public static let NIMRemoteErrorCodeSignalResInviteHasReject: StatusCode = .signalInviteRejected

    /// NIMRemoteErrorCodeSignalResInviteHasAccept is an earlier SDK's name for 10410 SIGNAL_INVITE_ACCEPTED.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "signalInviteAccepted", message: "NIMRemoteErrorCodeSignalResInviteHasAccept is an earlier SDK's name for 10410 SIGNAL_INVITE_ACCEPTED.")
    public static let NIMRemoteErrorCodeSignalResInviteHasAccept: StatusCode = .signalInviteAccepted

    /// NIMRemoteErrorCodeSignalResUidConflict is an earlier SDK's name for 10417 SIGNAL_UID_CONFLICT.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "signalUidConflict", message: "NIMRemoteErrorCodeSignalResUidConflict is an earlier SDK's name for 10417 SIGNAL_UID_CONFLICT.")
    public static let NIMRemoteErrorCodeSignalResUidConflict: StatusCode = .signalUidConflict

    /// NIMRemoteErrorCodeSignalResRoomMemberExceed is an earlier SDK's name for 10419 SIGNAL_ROOM_MEMBER_LIMIT.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "signalRoomMemberLimit", message: "NIMRemoteErrorCodeSignalResRoomMemberExceed is an earlier SDK's name for 10419 SIGNAL_ROOM_MEMBER_LIMIT.")
    public static let NIMRemoteErrorCodeSignalResRoomMemberExceed: StatusCode = .signalRoomMemberLimit

    /// NIMRemoteErrorCodeInvalidChatroom is an earlier SDK's name for 13002 CHATROOM_STATUS_ERROR.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "chatroomStatusError", message: "NIMRemoteErrorCodeInvalidChatroom is an earlier SDK's name for 13002 CHATROOM_STATUS_ERROR.")
    public static let NIMRemoteErrorCodeInvalidChatroom: StatusCode = .chatroomStatusError

    /// NIMRemoteErrorCodeInChatroomBlackList is an earlier SDK's name for 13003 CHATROOM_BLOCKLISTED.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "chatroomBlocklisted", message: "NIMRemoteErrorCodeInChatroomBlackList is an earlier SDK's name for 13003 CHATROOM_BLOCKLISTED.")
    public static let NIMRemoteErrorCodeInChatroomBlackList: StatusCode = .chatroomBlocklisted

    /// NIMRemoteErrorCodeInChatroomMuteList is an earlier SDK's name for 13004 CHATROOM_MUTED.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @available(*, deprecated, renamed: "chatroomMuted", message: "NIMRemoteErrorCodeInChatroomMuteList is an earlier SDK's name for 13004 CHATROOM_MUTED.")
    public static let NIMRemoteErrorCodeInChatroomMuteList: StatusCode = .chatroomMuted

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

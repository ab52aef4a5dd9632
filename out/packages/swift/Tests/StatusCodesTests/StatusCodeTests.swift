// Generated from spec/status-codes.yaml by status-codegen — do not edit.

import XCTest
import StatusCodes

/// The package's own check, run by `swift test`: every code of the table is a case that its number finds
/// again, numbers outside the table find nothing, and the table's version is the spec's.
final class StatusCodeTests: XCTestCase {
    /// Every number of the table, in order.
    let numbers: [Int] = [
        200,
        201,
        301,
        302,
        315,
        403,
        404,
        405,
        406,
        408,
        413,
        414,
        415,
        416,
        417,
        418,
        419,
        422,
        423,
        431,
        500,
        503,
        508,
        509,
        514,
        801,
        802,
        803,
        804,
        805,
        806,
        807,
        808,
        809,
        810,
        811,
        812,
        813,
        814,
        815,
        998,
        999,
        9102,
        9103,
        10201,
        10202,
        10404,
        10405,
        10406,
        10407,
        10408,
        10409,
        10410,
        10417,
        10419,
        10420,
        10431,
        10432,
        10433,
        10434,
        10435,
        10436,
        10437,
        10438,
        10441,
        11001,
        13001,
        13002,
        13003,
        13004,
        13005,
    ]

    func testEveryCodeIsACase() {
        XCTAssertEqual(StatusCode.allCases.map(\.rawValue), numbers)
    }

    func testEveryCodeRoundTripsThroughItsRawValue() {
        for code in StatusCode.allCases {
            XCTAssertEqual(StatusCode(rawValue: code.rawValue), code)
        }
    }

    func testNumbersOutsideTheTableAreNoCode() {
        XCTAssertNil(StatusCode(rawValue: -1))
        XCTAssertNil(StatusCode(rawValue: 0))
        XCTAssertNil(StatusCode(rawValue: 2147483647))
    }

    func testTableVersionIsTheSpecs() {
        XCTAssertEqual(StatusCode.tableVersion, "1.0.0")
    }
}

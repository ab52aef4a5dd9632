// swift-tools-version:5.9
// Generated from spec/status-codes.yaml by status-codegen — do not edit.

import PackageDescription

let package = Package(
    name: "StatusCodes",
    products: [
        .library(name: "StatusCodes", targets: ["StatusCodes"])
    ],
    targets: [
        .target(name: "StatusCodes"),
        .testTarget(name: "StatusCodesTests", dependencies: ["StatusCodes"]),
    ]
)

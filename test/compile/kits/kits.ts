import type { CompileKit } from "./kit.js";
import { typescriptKit } from "./typescript-kit.js";
import { kotlinKit } from "./kotlin-kit.js";
import { swiftKit } from "./swift-kit.js";
import { cKit } from "./c-kit.js";
import { csharpKit } from "./csharp-kit.js";
import { objcKit } from "./objc-kit.js";
import { javaKit } from "./java-kit.js";
import { goKit } from "./go-kit.js";

/** A compile kit for every built-in language that declares code (a test checks none is missing). */
export const compileKits: readonly CompileKit[] = [typescriptKit, kotlinKit, swiftKit, cKit, csharpKit, objcKit, javaKit, goKit];

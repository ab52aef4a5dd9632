import { builtins } from "../../../generator/registry.js";
import { describeConformance } from "./conformance.js";

describeConformance(builtins);

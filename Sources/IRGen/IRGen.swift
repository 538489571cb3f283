import CLLVM
public enum IRGenPlaceholder { public static func version() -> String { var a: UInt32 = 0, b: UInt32 = 0, c: UInt32 = 0; LLVMGetVersion(&a, &b, &c); return "\(a).\(b).\(c)" } }

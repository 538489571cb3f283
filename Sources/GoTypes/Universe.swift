/// The universe scope (spec: "Predeclared identifiers"). PLACEHOLDER for the checker owner.
public enum Universe {
    public static let invalid = Basic(.invalid, "invalid type")
}

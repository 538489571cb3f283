import IRGen
public enum DriverPlaceholder {}

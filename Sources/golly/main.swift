import Driver
print("golly")

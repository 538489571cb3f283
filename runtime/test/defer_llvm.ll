; defer, panic and recover as LLVM compiles them (llc -O0/-O2, and opt -O2
; first when opt is installed), linked with the runtime: stack and heap
; records, the resume point as llvm.eh.sjlj.setjmp into the record's buffer
; (defer.h: fp, resume pc, sp) after deferprocStack/deferproc linked it, a
; value (%n) live across the setjmp, recover through llvm.frameaddress, a
; closure changing a named result.
; The gollyrt_llvm_defer_* tests expect "recovered ...", 51, "recovered ...", 1051.

target triple = "x86_64-pc-linux-gnu"

%golly_defer = type { i32, i8, i8, i16, i64, i64, ptr, ptr, ptr, [7 x i64] }
%golly_type = type { i64, i8, i8, i16, i32, { ptr, i64 }, ptr }

@.int = private constant [3 x i8] c"int"
@"type:int" = linkonce_odr constant %golly_type { i64 8, i8 2, i8 8, i16 0, i32 0, { ptr, i64 } { ptr @.int, i64 3 }, ptr null }
@seven = private constant i64 7
@.rec = private constant [10 x i8] c"recovered "
@x = global i64 0

declare void @"runtime.deferprocStack"(ptr)
declare ptr @"runtime.newdefer"(i32)
declare void @"runtime.deferproc"(ptr)
declare void @"runtime.deferreturn"(i64)
declare { ptr, ptr } @"runtime.gorecover"(i64)
declare void @"runtime.gopanic"(ptr, ptr) noreturn
declare void @"runtime.printstring"(ptr, i64)
declare void @"runtime.printint"(i64)
declare void @"runtime.printnl"()
declare void @"runtime.printeface"(ptr, ptr)
declare ptr @llvm.frameaddress.p0(i32)
declare ptr @llvm.stacksave.p0()
declare i32 @llvm.eh.sjlj.setjmp(ptr)

; func() { r = r*10 + 1 }
define internal void @"main.f.func1"(ptr %ctx, ptr %args) #0 {
  %rpp = getelementptr { ptr, ptr }, ptr %ctx, i32 0, i32 1
  %rp = load ptr, ptr %rpp
  %r = load i64, ptr %rp
  %m = mul i64 %r, 10
  %a = add i64 %m, 1
  store i64 %a, ptr %rp
  ret void
}

; func() { if e := recover(); e != nil { println("recovered", e); r = 5 } }
define internal void @"main.f.func2"(ptr %ctx, ptr %args) #1 {
  %fa = call ptr @llvm.frameaddress.p0(i32 0)
  %fi = ptrtoint ptr %fa to i64
  %e = call { ptr, ptr } @"runtime.gorecover"(i64 %fi)
  %t = extractvalue { ptr, ptr } %e, 0
  %d = extractvalue { ptr, ptr } %e, 1
  %nz = icmp ne ptr %t, null
  br i1 %nz, label %yes, label %no
yes:
  call void @"runtime.printstring"(ptr @.rec, i64 10)
  call void @"runtime.printeface"(ptr %t, ptr %d)
  call void @"runtime.printnl"()
  %rpp = getelementptr { ptr, ptr }, ptr %ctx, i32 0, i32 1
  %rp = load ptr, ptr %rpp
  store i64 5, ptr %rp
  br label %no
no:
  ret void
}

; func f(n int) (r int) {
;     defer func1; defer func2 (heap record if n odd); x = 42; panic(7)
; } with r + n*1000 returned after the recovery (%n lives across the setjmp)
define i64 @"main.f"(ptr %ctx, i64 %n) #0 {
entry:
  %r = alloca i64
  store volatile i64 0, ptr %r
  %c1 = alloca { ptr, ptr }
  store ptr @"main.f.func1", ptr %c1
  %c1r = getelementptr { ptr, ptr }, ptr %c1, i32 0, i32 1
  store ptr %r, ptr %c1r
  %c2 = alloca { ptr, ptr }
  store ptr @"main.f.func2", ptr %c2
  %c2r = getelementptr { ptr, ptr }, ptr %c2, i32 0, i32 1
  store ptr %r, ptr %c2r
  %fa = call ptr @llvm.frameaddress.p0(i32 0)
  %fi = ptrtoint ptr %fa to i64
  %d1 = alloca %golly_defer
  store i32 0, ptr %d1
  %d1fn = getelementptr %golly_defer, ptr %d1, i32 0, i32 6
  store ptr %c1, ptr %d1fn
  %d1sp = getelementptr %golly_defer, ptr %d1, i32 0, i32 4
  store i64 %fi, ptr %d1sp
  %d1buf = getelementptr %golly_defer, ptr %d1, i32 0, i32 9
  store i64 %fi, ptr %d1buf
  %sp1 = call ptr @llvm.stacksave.p0()
  %d1bsp = getelementptr i64, ptr %d1buf, i32 2
  store ptr %sp1, ptr %d1bsp
  call void @"runtime.deferprocStack"(ptr %d1)
  %rc1 = call i32 @llvm.eh.sjlj.setjmp(ptr %d1buf)
  %t1 = icmp ne i32 %rc1, 0
  br i1 %t1, label %ret, label %cont1
cont1:
  %odd = and i64 %n, 1
  %isodd = icmp ne i64 %odd, 0
  br i1 %isodd, label %heap, label %stack
heap:
  %h = call ptr @"runtime.newdefer"(i32 0)
  %hfn = getelementptr %golly_defer, ptr %h, i32 0, i32 6
  store ptr %c2, ptr %hfn
  %hsp = getelementptr %golly_defer, ptr %h, i32 0, i32 4
  store i64 %fi, ptr %hsp
  %hbuf = getelementptr %golly_defer, ptr %h, i32 0, i32 9
  store i64 %fi, ptr %hbuf
  %sph = call ptr @llvm.stacksave.p0()
  %hbsp = getelementptr i64, ptr %hbuf, i32 2
  store ptr %sph, ptr %hbsp
  call void @"runtime.deferproc"(ptr %h)
  %rch = call i32 @llvm.eh.sjlj.setjmp(ptr %hbuf)
  %th = icmp ne i32 %rch, 0
  br i1 %th, label %ret, label %cont2
stack:
  %d2 = alloca %golly_defer
  store i32 0, ptr %d2
  %d2fn = getelementptr %golly_defer, ptr %d2, i32 0, i32 6
  store ptr %c2, ptr %d2fn
  %d2sp = getelementptr %golly_defer, ptr %d2, i32 0, i32 4
  store i64 %fi, ptr %d2sp
  %d2buf = getelementptr %golly_defer, ptr %d2, i32 0, i32 9
  store i64 %fi, ptr %d2buf
  %sp2 = call ptr @llvm.stacksave.p0()
  %d2bsp = getelementptr i64, ptr %d2buf, i32 2
  store ptr %sp2, ptr %d2bsp
  call void @"runtime.deferprocStack"(ptr %d2)
  %rc2 = call i32 @llvm.eh.sjlj.setjmp(ptr %d2buf)
  %t2 = icmp ne i32 %rc2, 0
  br i1 %t2, label %ret, label %cont2
cont2:
  store i64 42, ptr @x
  call void @"runtime.gopanic"(ptr @"type:int", ptr @seven)
  unreachable
ret:
  %fa2 = call ptr @llvm.frameaddress.p0(i32 0)
  %fi2 = ptrtoint ptr %fa2 to i64
  call void @"runtime.deferreturn"(i64 %fi2)
  %v = load volatile i64, ptr %r
  %n1000 = mul i64 %n, 1000
  %res = add i64 %v, %n1000
  ret i64 %res
}

define void @"main.main"(ptr %ctx) #0 {
  %a = call i64 @"main.f"(ptr null, i64 0)
  call void @"runtime.printint"(i64 %a)
  call void @"runtime.printnl"()
  %b = call i64 @"main.f"(ptr null, i64 1)
  call void @"runtime.printint"(i64 %b)
  call void @"runtime.printnl"()
  ret void
}

define void @"main.init"(ptr %ctx) #0 {
  ret void
}

attributes #0 = { "frame-pointer"="all" }
attributes #1 = { noinline "frame-pointer"="all" }

package io.alchemy; public final class Alchemy { private Alchemy() {} }

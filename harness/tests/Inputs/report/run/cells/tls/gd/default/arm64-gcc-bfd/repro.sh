#!/bin/sh
echo repro
